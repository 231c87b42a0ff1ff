package org.lifeline.authenticator;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.crypto.Totp;
import org.lifeline.crypto.TotpAlgorithm;
import org.lifeline.shared.SettingChecks;

/**
 * The TOTP parameters new enrollments get, and the issuer name the apps show: typed and checked once, when the
 * application starts (a bad value stops the deployment with the key's name), the only place their defaults live.
 */
@ApplicationScoped
public class TotpSettings {

    static final String ISSUER = "lifeline.totp.issuer";
    static final String ALGORITHM = "lifeline.totp.algorithm";
    static final String DIGITS = "lifeline.totp.digits";
    static final String PERIOD_SECONDS = "lifeline.totp.period-seconds";
    static final String ENROLLMENT_TTL = "lifeline.totp.enrollment-ttl";

    @Inject
    @ConfigProperty(name = ISSUER, defaultValue = "Lifeline")
    String issuer;

    @Inject
    @ConfigProperty(name = ALGORITHM, defaultValue = "SHA1")
    TotpAlgorithm algorithm;

    @Inject
    @ConfigProperty(name = DIGITS, defaultValue = "6")
    int digits;

    @Inject
    @ConfigProperty(name = PERIOD_SECONDS, defaultValue = "30")
    int periodSeconds;

    @Inject
    @ConfigProperty(name = ENROLLMENT_TTL, defaultValue = "PT15M")
    Duration enrollmentTtl;

    private Totp totp;

    @PostConstruct
    void check() {
        try {
            totp = new Totp(algorithm, digits, periodSeconds);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(DIGITS + ", " + PERIOD_SECONDS + ": " + e.getMessage(), e);
        }
        // the issuer is the label's prefix before a colon in the otpauth URI, so it may hold none
        if (issuer == null || issuer.isBlank() || issuer.contains(":")) {
            throw new IllegalStateException(ISSUER + " must be a name without a colon, is \"" + issuer + "\"");
        }
        SettingChecks.positive(ENROLLMENT_TTL, enrollmentTtl);
    }

    /** Touches the bean as the application starts, so that {@link #check()} runs then. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        totp();
    }

    public Totp totp() {
        return totp;
    }

    public String issuer() {
        return issuer;
    }

    /** How long a started enrollment waits for its first code. */
    public Duration enrollmentTtl() {
        return enrollmentTtl;
    }
}
