package org.lifeline.lockout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The lock policy from configuration; the defaults are those of {@link LockPolicy#DEFAULT}. */
@ApplicationScoped
public class LockPolicyProducer {

    @Inject
    @ConfigProperty(name = "lifeline.lock.threshold", defaultValue = "5")
    int threshold;

    @Inject
    @ConfigProperty(name = "lifeline.lock.first", defaultValue = "PT1M")
    String firstLock;

    @Inject
    @ConfigProperty(name = "lifeline.lock.longest", defaultValue = "PT15M")
    String longestLock;

    @Inject
    @ConfigProperty(name = "lifeline.lock.daily-failure-limit", defaultValue = "100")
    int dailyFailureLimit;

    @Produces
    LockPolicy policy() {
        return new LockPolicy(threshold, Duration.parse(firstLock), Duration.parse(longestLock), dailyFailureLimit);
    }
}
