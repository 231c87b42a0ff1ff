package org.lifeline.deployment;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.lifeline.crypto.KeyRing;
import org.lifeline.crypto.PepperedDigest;

/**
 * The settings the deployment guard reviews, as configured (system properties, environment, files), before any of
 * them is used. Absent settings are empty.
 */
public record DeploymentSettings(
        Optional<String> publicKey,
        Optional<String> publicKeyLocation,
        Optional<String> issuer,
        Optional<String> audiences,
        Optional<String> cryptoKeys,
        Optional<String> activeKey,
        Optional<String> pepper,
        boolean development,
        boolean clockControl) {

    public static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    public static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    public static final String ISSUER = "mp.jwt.verify.issuer";
    public static final String AUDIENCES = "mp.jwt.verify.audiences";
    public static final String DEVELOPMENT = "lifeline.development";
    public static final String CLOCK_CONTROL = "lifeline.dev.clock-control";

    public static DeploymentSettings from(Config config) {
        return new DeploymentSettings(
                text(config, PUBLIC_KEY),
                text(config, PUBLIC_KEY_LOCATION),
                text(config, ISSUER),
                text(config, AUDIENCES),
                text(config, KeyRing.KEYS),
                text(config, KeyRing.ACTIVE),
                text(config, PepperedDigest.PEPPER),
                config.getOptionalValue(DEVELOPMENT, Boolean.class).orElse(false),
                config.getOptionalValue(CLOCK_CONTROL, Boolean.class).orElse(false));
    }

    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }
}
