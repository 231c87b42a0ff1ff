package org.lifeline.lockout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultAttemptRetention implements AttemptRetention {

    @Inject
    FailureBudgetRepository attempts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lifeline.attempts.retention", defaultValue = "P90D")
    Duration retention;

    @Override
    public int purgeExpired(int max) {
        return attempts.deleteAttemptsBefore(clock.instant().minus(retention), max);
    }
}
