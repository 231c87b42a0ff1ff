package org.lifeline.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReviewTest {

    /** The development values exactly as config/cli/dev-secrets.cli gives them. */
    private static final String DEV_KEY_FILE =
            "../config/dev/server/standalone/configuration/lifeline-dev-public-key.pem";

    private static final String DEV_KEYS = "dev-1:qEnrrhZYIGGcNEN5CdJ99CsTz3FddbW0QIwEBy9cCg0=";
    private static final String DEV_PEPPER = "kbh+DcQExuk8n5yB16opyJXyeAnrPUOTB0VfAnXJlXk=";

    @TempDir
    Path folder;

    private static String random32() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private String ownPublicKeyFile() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(rsa.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Path file = Files.writeString(folder.resolve("idp.pem"), pem);
        return file.toUri().toString();
    }

    private static String devKeyLocation() {
        return Path.of(DEV_KEY_FILE).toAbsolutePath().toUri().toString();
    }

    private static DeploymentSettings development(boolean marked) {
        return new DeploymentSettings(
                Optional.empty(),
                Optional.of(devKeyLocation()),
                Optional.of("lifeline-dev"),
                Optional.of("lifeline-dev"),
                Optional.of(DEV_KEYS),
                Optional.of("dev-1"),
                Optional.of(DEV_PEPPER),
                marked,
                true);
    }

    private DeploymentSettings production() throws Exception {
        return new DeploymentSettings(
                Optional.empty(),
                Optional.of(ownPublicKeyFile()),
                Optional.of("https://id.example.org"),
                Optional.of("lifeline"),
                Optional.of("k2026:" + random32()),
                Optional.of("k2026"),
                Optional.of(random32()),
                false,
                false);
    }

    @Test
    void aDevelopmentServerMayUseTheDevelopmentValues() {
        assertEquals(List.of(), SettingsReview.problems(development(true)));
    }

    @Test
    void aProductionServerWithItsOwnValuesHasNoProblem() throws Exception {
        assertEquals(List.of(), SettingsReview.problems(production()));
    }

    @Test
    void everyDevelopmentValueOnAProductionServerIsNamed() {
        List<String> problems = SettingsReview.problems(development(false));
        assertEquals(6, problems.size(), problems::toString);
        for (String key : List.of(
                "mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION)",
                "mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER)",
                "mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES)",
                "lifeline.crypto.keys (LIFELINE_CRYPTO_KEYS)",
                "lifeline.recovery-codes.pepper (LIFELINE_RECOVERY_CODES_PEPPER)",
                "lifeline.dev.clock-control (LIFELINE_DEV_CLOCK_CONTROL)")) {
            assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(key)), key + " in " + problems);
        }
        assertTrue(
                problems.stream().noneMatch(problem -> problem.contains(DEV_PEPPER) || problem.contains(DEV_KEYS)),
                "no value in a message");
    }

    @Test
    void theDevelopmentKeyIsRecognisedInline() throws Exception {
        DeploymentSettings inline = new DeploymentSettings(
                Optional.of(Files.readString(Path.of(DEV_KEY_FILE))),
                Optional.empty(),
                Optional.of("https://id.example.org"),
                Optional.of("lifeline"),
                Optional.of("k:" + random32()),
                Optional.of("k"),
                Optional.of(random32()),
                false,
                false);
        List<String> problems = SettingsReview.problems(inline);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("mp.jwt.verify.publickey (MP_JWT_VERIFY_PUBLICKEY)"));
    }

    @Test
    void everyMissingSettingIsNamed() {
        DeploymentSettings nothing = new DeploymentSettings(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                false);
        List<String> problems = SettingsReview.problems(nothing);
        assertEquals(
                List.of(
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        "MP_JWT_VERIFY_ISSUER",
                        "MP_JWT_VERIFY_AUDIENCES",
                        "LIFELINE_CRYPTO_KEYS",
                        "LIFELINE_CRYPTO_ACTIVE_KEY",
                        "LIFELINE_RECOVERY_CODES_PEPPER"),
                problems.stream()
                        .map(problem -> problem.substring(problem.indexOf('(') + 1, problem.indexOf(')')))
                        .toList());
        assertTrue(problems.stream().allMatch(problem -> problem.contains("is not set")), problems::toString);
    }

    @Test
    void malformedSecretsAreNamedWithoutTheirValue() throws Exception {
        DeploymentSettings base = production();
        DeploymentSettings malformed = new DeploymentSettings(
                base.publicKey(),
                base.publicKeyLocation(),
                base.issuer(),
                base.audiences(),
                Optional.of("k1:c2hvcnQ="),
                Optional.of("k2"),
                Optional.of("not base64!"),
                false,
                false);
        List<String> problems = SettingsReview.problems(malformed);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(
                problems.get(0).contains("must be 32 bytes") && problems.get(0).contains("LIFELINE_CRYPTO_KEYS"));
        assertTrue(
                problems.get(1).contains("not base64") && problems.get(1).contains("LIFELINE_RECOVERY_CODES_PEPPER"));
        assertTrue(problems.stream().noneMatch(problem -> problem.contains("c2hvcnQ") || problem.contains("base64!")));
    }

    @Test
    void theActiveKeyMustBeListed() throws Exception {
        DeploymentSettings base = production();
        DeploymentSettings unlisted = new DeploymentSettings(
                base.publicKey(),
                base.publicKeyLocation(),
                base.issuer(),
                base.audiences(),
                base.cryptoKeys(),
                Optional.of("other"),
                base.pepper(),
                false,
                false);
        List<String> problems = SettingsReview.problems(unlisted);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("lifeline.crypto.active-key (LIFELINE_CRYPTO_ACTIVE_KEY) names a key"));
    }
}
