package org.lifeline.lockout;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lock policy from configuration, typed and checked once, when the application starts (a bad value fails the
 * deployment naming the keys): the only place its defaults live.
 */
@ApplicationScoped
public class LockPolicyProducer {

    static final String KEYS = "lifeline.lock.threshold, lifeline.lock.first, lifeline.lock.longest,"
            + " lifeline.lock.daily-failure-limit";

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

    private LockPolicy policy;

    @PostConstruct
    void make() {
        try {
            policy = new LockPolicy(threshold, firstLock, longestLock, dailyFailureLimit);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEYS + ": " + e.getMessage(), e);
        }
    }

    /** Touches the bean as the application starts, so that {@link #make()} checks the settings then. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        policy();
    }

    @Produces
    LockPolicy policy() {
        return policy;
    }
}
