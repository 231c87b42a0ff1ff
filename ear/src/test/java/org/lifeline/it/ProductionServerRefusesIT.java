package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production server refuses to deploy when a required setting is missing or a development value is used. */
class ProductionServerRefusesIT {

    @Test
    void aMissingPepperTheDevelopmentIssuerAndAPlainHttpConsoleProviderAreNamedAndNothingDeploys() throws Exception {
        Path idp = Files.createDirectories(
                ProductionServer.BUILT.resolveSibling("production-it").resolve("idp-refused"));
        ProductionServerIT.writeKeyPair(idp);
        Map<String, String> environment = ProductionServerIT.configuration(idp);
        String pepper = environment.remove("LIFELINE_RECOVERY_CODES_PEPPER");
        String keys = environment.get("LIFELINE_CRYPTO_KEYS");
        environment.put("MP_JWT_VERIFY_ISSUER", "lifeline-dev");
        environment.put("LIFELINE_CONSOLE_OIDC_ISSUER", "http://id.example.org/realms/platform");
        try (ProductionServer server = ProductionServer.start("refused", environment)) {
            assertFalse(server.awaitDeployment(Duration.ofSeconds(180)), "the application must not deploy");
            String log = server.log();
            assertTrue(log.contains("lifeline.recovery-codes.pepper (LIFELINE_RECOVERY_CODES_PEPPER) is not set"), log);
            assertTrue(log.contains("mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) is the development issuer"), log);
            assertTrue(log.contains("lifeline.console.oidc.issuer must be an https URL"), log);
            assertFalse(
                    log.contains(pepper) || log.contains(keys.substring(keys.indexOf(':') + 1)),
                    "no secret in the log");
        }
    }
}
