package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's pages over HTTP: served at {@code /console/} with a strict Content-Security-Policy and no inline
 * script; and the development sign-in its page uses on development and test servers.
 */
class ConsoleIT extends DeployedEarTest {

    @Test
    void theConsoleIsServedWithAStrictPolicyAndNoInlineScript() {
        for (String path :
                new String[] {"/console/", "/console/console.js", "/console/signin.js", "/console/console.css"}) {
            Api.Reply page =
                    api.send(api.request(path, null).header("Accept", "*/*").GET());
            assertEquals(200, page.status(), path);
            String policy = page.header("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'none'"), policy);
            assertTrue(policy.contains("script-src 'self';"), policy);
            assertFalse(policy.contains("unsafe"), policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", page.header("Referrer-Policy").orElse(""), path);
        }
        Api.Reply index = api.send(
                api.request("/console/", null).header("Accept", "text/html").GET());
        assertTrue(index.header("Content-Type").orElse("").startsWith("text/html"));
        Matcher scripts =
                Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(index.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group(1).contains("src="), "a script without src: " + scripts.group());
            assertTrue(scripts.group(2).isBlank(), "inline script: " + scripts.group());
        }
        assertEquals(1, count);
        assertFalse(
                Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE)
                        .matcher(index.body())
                        .find(),
                "an inline event handler");
        for (String path : new String[] {"/console/console.js", "/console/signin.js"}) {
            String script = api.send(
                            api.request(path, null).header("Accept", "*/*").GET())
                    .body();
            assertFalse(
                    Pattern.compile("localStorage\\s*[.\\[]").matcher(script).find(),
                    path + ": the token stays out of localStorage");
            assertFalse(script.contains("innerHTML"), path + ": views are built with DOM methods, not HTML strings");
        }
    }

    @Test
    void theSettingsOfferTheDevelopmentSignInAndNoProviderOnTheTestServer() {
        Api.Reply settings = api.get("/console/settings.json", null);
        assertEquals(200, settings.status(), settings::toString);
        assertTrue(settings.header("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("{\"identityProvider\":null,\"developmentSignIn\":true}", settings.body());
        String policy = settings.header("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("connect-src 'self';"), policy);
    }

    @Test
    void theDevelopmentSignInMintsATokenTheApiAccepts() {
        Api.Reply minted =
                api.post("/api/v1/dev/tokens", null, "{\"subject\":\"console-agent\",\"roles\":[\"support\"]}");
        assertEquals(201, minted.status(), minted::toString);
        assertEquals("Bearer", minted.json().getString("tokenType"));
        assertEquals(3600, minted.json().getInt("expiresIn"));
        assertTrue(minted.header("Cache-Control").orElse("").contains("no-store"));
        String token = minted.json().getString("accessToken");
        assertEquals(200, api.get("/api/v1/recovery-cases", token).status());
        assertEquals(403, api.get("/api/v1/audit-runs", token).status());

        for (String body : new String[] {
            "{\"subject\":\"x\",\"roles\":[\"root\"]}",
            "{\"subject\":\"x\",\"roles\":[]}",
            "{\"subject\":\"bad name\",\"roles\":[\"user\"]}",
            "{\"roles\":[\"user\"]}",
            ""
        }) {
            Api.Reply refused = api.post("/api/v1/dev/tokens", null, body);
            assertEquals(400, refused.status(), () -> body + " -> " + refused);
        }
    }
}
