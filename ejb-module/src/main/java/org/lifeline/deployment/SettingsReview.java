package org.lifeline.deployment;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifeline.crypto.KeyRing;
import org.lifeline.crypto.PepperedDigest;
import org.lifeline.crypto.Sha256;

/**
 * Reviews the settings a server was given: each missing required setting, each malformed one, and (on a server not
 * marked {@code lifeline.development=true}) each public development value is one problem, named by its key and
 * environment variable, never by its value.
 */
final class SettingsReview {

    private static final Pattern PEM_PUBLIC_KEY =
            Pattern.compile("-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

    private SettingsReview() {}

    static List<String> problems(DeploymentSettings settings) {
        List<String> problems = new ArrayList<>();
        boolean production = !settings.development();

        if (settings.publicKey().isEmpty() && settings.publicKeyLocation().isEmpty()) {
            problems.add(missing(
                    DeploymentSettings.PUBLIC_KEY_LOCATION,
                    "the identity provider's token verification key: a PEM file or a JWKS URL"));
        } else if (production && developmentKey(settings)) {
            problems.add(development(
                    settings.publicKey().isPresent()
                            ? DeploymentSettings.PUBLIC_KEY
                            : DeploymentSettings.PUBLIC_KEY_LOCATION,
                    "the public development key of config/dev"));
        }

        settings.issuer()
                .ifPresentOrElse(
                        issuer -> {
                            if (production && issuer.equals(DevelopmentValues.ISSUER)) {
                                problems.add(development(DeploymentSettings.ISSUER, "the development issuer"));
                            }
                        },
                        () -> problems.add(missing(
                                DeploymentSettings.ISSUER, "the issuer (iss) of the identity provider's tokens")));

        settings.audiences()
                .ifPresentOrElse(
                        audiences -> {
                            if (production
                                    && Arrays.stream(audiences.split(","))
                                            .map(String::strip)
                                            .anyMatch(DevelopmentValues.AUDIENCE::equals)) {
                                problems.add(development(DeploymentSettings.AUDIENCES, "the development audience"));
                            }
                        },
                        () -> problems.add(missing(
                                DeploymentSettings.AUDIENCES,
                                "the audience (aud) tokens for this service must carry")));

        settings.cryptoKeys()
                .ifPresentOrElse(
                        list -> {
                            try {
                                Map<String, KeyRing.Entry> keys = KeyRing.parse(list);
                                if (production
                                        && keys.values().stream()
                                                .map(entry ->
                                                        Sha256.hex(entry.key().getEncoded()))
                                                .anyMatch(DevelopmentValues.ENCRYPTION_KEYS::contains)) {
                                    problems.add(development(KeyRing.KEYS, "the development encryption key"));
                                }
                                settings.activeKey().ifPresent(active -> {
                                    try {
                                        KeyRing.activeOf(keys, active);
                                    } catch (IllegalStateException unlisted) {
                                        problems.add(unlisted.getMessage());
                                    }
                                });
                            } catch (IllegalStateException malformed) {
                                problems.add(malformed.getMessage() + " (" + variable(KeyRing.KEYS) + ")");
                            }
                        },
                        () -> problems.add(missing(
                                KeyRing.KEYS, "the keys that encrypt secrets at rest, id:base64 of 32 random bytes")));
        if (settings.activeKey().isEmpty()) {
            problems.add(missing(KeyRing.ACTIVE, "the id of the key in " + KeyRing.KEYS + " that seals new secrets"));
        }

        settings.pepper()
                .ifPresentOrElse(
                        pepper -> {
                            try {
                                byte[] bytes = PepperedDigest.decodePepper(pepper);
                                if (production && Sha256.hex(bytes).equals(DevelopmentValues.PEPPER)) {
                                    problems.add(development(PepperedDigest.PEPPER, "the development pepper"));
                                }
                            } catch (IllegalStateException malformed) {
                                problems.add(malformed.getMessage() + " (" + variable(PepperedDigest.PEPPER) + ")");
                            }
                        },
                        () -> problems.add(missing(
                                PepperedDigest.PEPPER,
                                "the secret recovery codes are digested with, at least 32 random bytes in base64")));

        if (production && settings.clockControl()) {
            problems.add(DeploymentSettings.CLOCK_CONTROL + " (" + variable(DeploymentSettings.CLOCK_CONTROL)
                    + ") is on: only a development server (" + DeploymentSettings.DEVELOPMENT
                    + "=true) lets its clock be moved");
        }
        return problems;
    }

    /** The environment variable MicroProfile Config reads for {@code key}. */
    static String variable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String missing(String key, String what) {
        return key + " (" + variable(key) + ") is not set: " + what;
    }

    private static String development(String key, String what) {
        return key + " (" + variable(key) + ") is " + what + ", which is public: a server that is not a development"
                + " server must be given its own";
    }

    private static boolean developmentKey(DeploymentSettings settings) {
        Optional<String> pem =
                settings.publicKey().or(() -> settings.publicKeyLocation().flatMap(SettingsReview::read));
        return pem.flatMap(SettingsReview::der)
                .map(Sha256::hex)
                .filter(DevelopmentValues.PUBLIC_KEY::equals)
                .isPresent();
    }

    /**
     * The text of a local key file ({@code file:} URL or plain path); remote locations (JWKS URLs) and unreadable
     * files are not looked into here: MicroProfile JWT reports those itself.
     */
    private static Optional<String> read(String location) {
        if (location.contains("://") && !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            return Optional.of(Files.readString(path, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> der(String pem) {
        Matcher matcher = PEM_PUBLIC_KEY.matcher(pem);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(matcher.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
