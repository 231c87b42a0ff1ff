package org.lifeline.web.console;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.lifeline.web.dev.DevTokenMinter;

/**
 * {@code GET /console/settings.json}: how the console signs staff in on this server: the OpenID Connect provider
 * ({@code identityProvider: {issuer, clientId, scope}}, or null) and whether the development sign-in exists here.
 * Public, like the pages: it holds nothing the provider's own discovery document does not say.
 */
@WebServlet("/console/settings.json")
public class ConsoleSettingsServlet extends HttpServlet {

    @Inject
    IdentityProvider identityProvider;

    @Inject
    DevTokenMinter devTokens;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder settings = JSON.createObjectBuilder();
        identityProvider
                .settings()
                .ifPresentOrElse(
                        provider -> settings.add(
                                "identityProvider",
                                JSON.createObjectBuilder()
                                        .add("issuer", provider.issuer())
                                        .add("clientId", provider.clientId())
                                        .add("scope", provider.scope())),
                        () -> settings.addNull("identityProvider"));
        settings.add("developmentSignIn", devTokens.offered());
        byte[] body = settings.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
