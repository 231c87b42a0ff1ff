package org.lifeline.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of time: everything that reads the time injects this clock. It ticks in microseconds, the
 * precision the database keeps, so a time answered is the time stored. On development and test servers only
 * ({@code lifeline.dev.clock-control=true}) it can be moved forward, so tests of waiting periods move time instead
 * of sleeping; everywhere else any attempt to move it is refused.
 */
@ApplicationScoped
public class ClockProducer {

    /** The furthest the clock may be moved: a year, more than any waiting period or retention a test needs. */
    public static final Duration LONGEST_OFFSET = Duration.ofDays(365);

    private static final Clock UTC_MICROS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Inject
    @ConfigProperty(name = "lifeline.dev.clock-control", defaultValue = "false")
    boolean controllable;

    private final Clock clock = new Movable(ZoneOffset.UTC);

    @Produces
    public Clock clock() {
        return clock;
    }

    public boolean controllable() {
        return controllable;
    }

    /**
     * Moves the clock to {@code offset} from the real time, 0 to {@link #LONGEST_OFFSET}; refused unless clock
     * control is on.
     */
    public void moveTo(Duration newOffset) {
        if (!controllable) {
            throw new ForbiddenException("the clock can only be moved on a development or test server");
        }
        if (newOffset.isNegative() || newOffset.compareTo(LONGEST_OFFSET) > 0) {
            throw new InvalidRequestException(
                    "offsetSeconds must be from 0 to " + LONGEST_OFFSET.toSeconds() + " (a year)");
        }
        offset.set(newOffset);
    }

    public Duration offset() {
        return offset.get();
    }

    /** The real time in microseconds, plus the offset. */
    private final class Movable extends Clock {
        private final ZoneId zone;

        Movable(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId otherZone) {
            return new Movable(otherZone);
        }

        @Override
        public Instant instant() {
            return UTC_MICROS.instant().plus(offset.get());
        }
    }
}
