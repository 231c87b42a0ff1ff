package org.lifeline.lockout;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.shared.SettingChecks;

/**
 * The lockout settings (the lock policy and how long attempts are kept), typed and checked once, when the
 * application starts (a bad value fails the deployment naming the keys): the only place their defaults live.
 */
@ApplicationScoped
public class LockoutSettings {

    static final String POLICY_KEYS = "lifeline.lock.threshold, lifeline.lock.first, lifeline.lock.longest,"
            + " lifeline.lock.daily-failure-limit, lifeline.lock.failures-since-success-limit,"
            + " lifeline.lock.recovery-code-threshold";
    static final String ATTEMPT_RETENTION = "lifeline.attempts.retention";

    @Inject
    @ConfigProperty(name = "lifeline.lock.threshold", defaultValue = "5")
    int threshold;

    @Inject
    @ConfigProperty(name = "lifeline.lock.first", defaultValue = "PT1M")
    Duration firstLock;

    @Inject
    @ConfigProperty(name = "lifeline.lock.longest", defaultValue = "PT15M")
    Duration longestLock;

    @Inject
    @ConfigProperty(name = "lifeline.lock.daily-failure-limit", defaultValue = "100")
    int dailyFailureLimit;

    @Inject
    @ConfigProperty(name = "lifeline.lock.failures-since-success-limit", defaultValue = "100")
    int failuresSinceSuccessLimit;

    @Inject
    @ConfigProperty(name = "lifeline.lock.recovery-code-threshold", defaultValue = "10")
    int recoveryCodeThreshold;

    @Inject
    @ConfigProperty(name = ATTEMPT_RETENTION, defaultValue = "P90D")
    Duration attemptRetention;

    private LockPolicy policy;

    @PostConstruct
    void make() {
        try {
            policy = new LockPolicy(
                    threshold,
                    firstLock,
                    longestLock,
                    dailyFailureLimit,
                    failuresSinceSuccessLimit,
                    recoveryCodeThreshold);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(POLICY_KEYS + ": " + e.getMessage(), e);
        }
        SettingChecks.positive(ATTEMPT_RETENTION, attemptRetention);
    }

    /** Touches the bean as the application starts, so that {@link #make()} checks the settings then. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        policy();
    }

    @Produces
    LockPolicy policy() {
        return policy;
    }

    /** How long the record of verification attempts is kept. */
    public Duration attemptRetention() {
        return attemptRetention;
    }
}
