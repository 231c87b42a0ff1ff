package org.lifeline.deployment;

import java.util.Set;

/**
 * The public development material of {@code config/dev} and {@code config/cli/dev-secrets.cli}, known here only by
 * SHA-256 fingerprints (and the issuer and audience by name), so a server that is not a development server can
 * recognise and refuse it.
 */
final class DevelopmentValues {

    static final String ISSUER = "lifeline-dev";
    static final String AUDIENCE = "lifeline-dev";

    /** SHA-256 of the DER encoding of {@code lifeline-dev-public-key.pem}. */
    static final String PUBLIC_KEY = "948d2ecb5ca7813e7b8ab97691146347314b49616eda4d8d9e1a4a2e23e0cf44";

    /** SHA-256 of the bytes of the development encryption key {@code dev-1}. */
    static final Set<String> ENCRYPTION_KEYS =
            Set.of("299405d8fc95c23936bb72e7af11995c5e08bc116c3c8f3b2ecda3b0541adf0f");

    /** SHA-256 of the bytes of the development pepper. */
    static final String PEPPER = "f9a4feff87f1f177c9c251efdeefab7113c3d91a72d451a0637ff12395118379";

    private DevelopmentValues() {}
}
