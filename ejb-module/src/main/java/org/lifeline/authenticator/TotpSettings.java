package org.lifeline.authenticator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.crypto.Totp;
import org.lifeline.crypto.TotpAlgorithm;

/** The TOTP parameters new enrollments get, and the issuer name the apps show. */
@ApplicationScoped
public class TotpSettings {

    @Inject
    @ConfigProperty(name = "lifeline.totp.issuer", defaultValue = "Lifeline")
    String issuer;

    @Inject
    @ConfigProperty(name = "lifeline.totp.algorithm", defaultValue = "SHA1")
    TotpAlgorithm algorithm;

    @Inject
    @ConfigProperty(name = "lifeline.totp.digits", defaultValue = "6")
    int digits;

    @Inject
    @ConfigProperty(name = "lifeline.totp.period-seconds", defaultValue = "30")
    int periodSeconds;

    @Inject
    @ConfigProperty(name = "lifeline.totp.enrollment-ttl", defaultValue = "PT15M")
    String enrollmentTtl;

    public Totp totp() {
        return new Totp(algorithm, digits, periodSeconds);
    }

    public String issuer() {
        return issuer;
    }

    public Duration enrollmentTtl() {
        return Duration.parse(enrollmentTtl);
    }
}
