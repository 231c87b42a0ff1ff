package org.lifeline.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityProviderTest {

    private static IdentityProvider provider(String issuer, String clientId, String scope, boolean development) {
        IdentityProvider provider = new IdentityProvider();
        provider.issuer = Optional.ofNullable(issuer);
        provider.clientId = Optional.ofNullable(clientId);
        provider.scope = scope;
        provider.development = development;
        return provider;
    }

    @Test
    void noProviderMeansNoProviderSignIn() {
        assertTrue(provider(null, null, "openid", false).settings().isEmpty());
        assertTrue(provider(" ", "", "openid", false).settings().isEmpty(), "empty variables count as unset");
    }

    @Test
    void aProviderGivesTheConsoleItsIssuerClientScopeAndOrigin() {
        IdentityProvider.Settings settings = provider(
                        "https://ID.example.org:8443/realms/platform", "lifeline-console", "openid email", false)
                .settings()
                .orElseThrow();
        assertEquals("https://ID.example.org:8443/realms/platform", settings.issuer());
        assertEquals("lifeline-console", settings.clientId());
        assertEquals("openid email", settings.scope());
        assertEquals("https://id.example.org:8443", settings.origin());
        assertEquals(
                "https://localhost:8180",
                provider("https://localhost:8180/realms/lifeline", "c", "openid", false)
                        .settings()
                        .orElseThrow()
                        .origin());
    }

    @Test
    void plainHttpOnlyOnDevelopmentServers() {
        String issuer = "http://127.0.0.1:18180/realms/lifeline";
        assertEquals(
                "http://127.0.0.1:18180",
                provider(issuer, "c", "openid", true).settings().orElseThrow().origin());
        assertThrows(
                IllegalStateException.class,
                () -> provider(issuer, "c", "openid", false).settings());
    }

    @Test
    void malformedSettingsAreRefusedWithTheirNames() {
        String[][] refused = {
            {"https://id.example.org/realms/p", null, "openid"},
            {null, "lifeline-console", "openid"},
            {"id.example.org/realms/p", "c", "openid"},
            {"javascript:alert(1)", "c", "openid"},
            {"https://id.example.org/realms/p?x=1", "c", "openid"},
            {"https://id.example.org/realms/p#f", "c", "openid"},
            {"https://user:pw@id.example.org/realms/p", "c", "openid"},
            {"https:///realms/p", "c", "openid"},
            {"https://id.example.org/realms/p", "two words", "openid"},
            {"https://id.example.org/realms/p", "c", "email profile"},
            {"https://id.example.org/realms/p", "c", "openid  email"},
            {"https://id.example.org/realms/p", "c", "openid \"x\""},
        };
        for (String[] row : refused) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> provider(row[0], row[1], row[2], false).settings(),
                    String.join(" | ", String.valueOf(row[0]), String.valueOf(row[1]), row[2]));
            assertTrue(e.getMessage().contains("lifeline.console.oidc."), e.getMessage());
        }
    }

    @Test
    void thePolicyNamesTheProviderOriginOnlyInConnectSrc() {
        assertEquals(
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob:;"
                        + " media-src 'self' blob:; object-src 'none'; frame-src 'none'; worker-src 'self'; base-uri 'none';"
                        + " form-action 'none'; frame-ancestors 'none'",
                ConsoleHeaders.policy(Optional.empty()));
        assertTrue(ConsoleHeaders.policy(Optional.of("https://id.example.org"))
                .contains("connect-src 'self' https://id.example.org;"));
    }
}
