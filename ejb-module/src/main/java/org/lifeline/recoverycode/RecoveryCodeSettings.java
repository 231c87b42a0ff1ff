package org.lifeline.recoverycode;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many codes a set has, checked once, when the application starts (a bad value stops the deployment with the
 * key's name): the only place its default lives. The pepper the codes are digested with is crypto's.
 */
@ApplicationScoped
public class RecoveryCodeSettings {

    static final String COUNT = "lifeline.recovery-codes.count";
    static final int FEWEST = 8;
    static final int MOST = 16;

    @Inject
    @ConfigProperty(name = COUNT, defaultValue = "10")
    int count;

    @PostConstruct
    void check() {
        if (count < FEWEST || count > MOST) {
            throw new IllegalStateException(COUNT + " must be " + FEWEST + " to " + MOST + ", is " + count);
        }
    }

    /** Touches the bean as the application starts, so that {@link #check()} runs then. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        count();
    }

    /** Codes in a new set. */
    public int count() {
        return count;
    }
}
