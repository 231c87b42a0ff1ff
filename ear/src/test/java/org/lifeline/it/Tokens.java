package org.lifeline.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lifeline.dev.DevToken;

/** Bearer tokens signed with the development key, as the identity provider of a platform would issue them. */
final class Tokens {

    private static final DevToken MINTER;

    static {
        try {
            MINTER = new DevToken(Path.of(System.getProperty("lifeline.dev.key", "../config/dev/private-key.pem")));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Tokens() {}

    static String forSubject(String subject, String... roles) {
        return mint(subject, null, roles);
    }

    static String mint(String subject, String email, String... roles) {
        try {
            return MINTER.mint(subject, List.of(roles), email, Duration.ofMinutes(30));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A staff token whose holder's customer account is {@code account} (the {@code lifeline_account} claim). */
    static String forStaff(String subject, String account, String... roles) {
        try {
            return MINTER.mint(
                    subject,
                    List.of(roles),
                    null,
                    Duration.ofMinutes(30),
                    DevToken.AUDIENCE,
                    Map.of("lifeline_account", account));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed with the development key for another {@code audience}, or for none when it is null. */
    static String forAudience(String subject, String audience, String... roles) {
        try {
            return MINTER.mint(subject, List.of(roles), null, Duration.ofMinutes(30), audience);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh account id for one test, so runs never meet each other's data. */
    static String newAccountId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
