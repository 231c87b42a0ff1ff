package org.lifeline.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of time: everything that reads the time injects this clock, so tests can move it. It ticks in
 * microseconds, the precision the database keeps, so a time answered is the time stored.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Clock UTC_MICROS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Produces
    public Clock clock() {
        return UTC_MICROS;
    }
}
