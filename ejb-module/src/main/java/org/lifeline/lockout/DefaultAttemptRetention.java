package org.lifeline.lockout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

@Stateless
public class DefaultAttemptRetention implements AttemptRetention {

    @Inject
    FailureBudgetRepository attempts;

    @Inject
    Clock clock;

    @Inject
    LockoutSettings settings;

    @Override
    public int purgeExpired(int max) {
        return attempts.deleteAttemptsBefore(clock.instant().minus(settings.attemptRetention()), max);
    }
}
