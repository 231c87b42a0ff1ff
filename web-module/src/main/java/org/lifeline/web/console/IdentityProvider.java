package org.lifeline.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect provider staff sign in to the console with: {@code lifeline.console.oidc.issuer} and
 * {@code lifeline.console.oidc.client-id} (a public client: authorization code with PKCE, no secret), with the scopes
 * of {@code lifeline.console.oidc.scope}. Both or neither; checked when the application starts, so a server given a
 * malformed provider does not deploy. The issuer must be https outside development servers. The API itself trusts
 * the provider's tokens through MicroProfile JWT ({@code mp.jwt.verify.*}), configured separately.
 */
@ApplicationScoped
public class IdentityProvider {

    private static final Pattern CLIENT_ID = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Pattern SCOPE =
            Pattern.compile("[\\x21\\x23-\\x5b\\x5d-\\x7e]+( [\\x21\\x23-\\x5b\\x5d-\\x7e]+)*");

    /** What the console needs to sign in with the provider, and the origin its Content-Security-Policy names. */
    public record Settings(String issuer, String clientId, String scope, String origin) {}

    @Inject
    @ConfigProperty(name = "lifeline.console.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "lifeline.console.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "lifeline.console.oidc.scope", defaultValue = "openid")
    String scope;

    @Inject
    @ConfigProperty(name = "lifeline.development", defaultValue = "false")
    boolean development;

    /** The settings once checked: the configuration is read at start and does not change while the server runs. */
    private volatile Optional<Settings> checked;

    void check(@Observes @Initialized(ApplicationScoped.class) Object context) {
        settings();
    }

    /** The provider, or empty when the console offers no provider sign-in. */
    public Optional<Settings> settings() {
        Optional<Settings> known = checked;
        if (known == null) {
            known = read();
            checked = known;
        }
        return known;
    }

    private Optional<Settings> read() {
        Optional<String> givenIssuer = issuer.map(String::strip).filter(value -> !value.isEmpty());
        Optional<String> givenClient = clientId.map(String::strip).filter(value -> !value.isEmpty());
        if (givenIssuer.isEmpty() && givenClient.isEmpty()) {
            return Optional.empty();
        }
        if (givenIssuer.isEmpty() || givenClient.isEmpty()) {
            throw new IllegalStateException("lifeline.console.oidc.issuer and lifeline.console.oidc.client-id go"
                    + " together: set both for the console's sign-in, or neither");
        }
        String origin = origin(givenIssuer.get());
        if (!CLIENT_ID.matcher(givenClient.get()).matches()) {
            throw new IllegalStateException(
                    "lifeline.console.oidc.client-id must be 1 to 255 printable characters" + " without spaces");
        }
        String scopes = scope.strip();
        if (!SCOPE.matcher(scopes).matches() || Arrays.stream(scopes.split(" ")).noneMatch("openid"::equals)) {
            throw new IllegalStateException("lifeline.console.oidc.scope must be scope names separated by single"
                    + " spaces, openid among them");
        }
        return Optional.of(new Settings(givenIssuer.get(), givenClient.get(), scopes, origin));
    }

    /** The issuer's origin (scheme, host and port), after checking it is an absolute URL the console may call. */
    private String origin(String issuerUrl) {
        URI uri;
        try {
            uri = new URI(issuerUrl);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("lifeline.console.oidc.issuer is not a URL", e);
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (!(https || (http && development))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalStateException("lifeline.console.oidc.issuer must be an https URL with a host and no"
                    + " query, fragment or credentials (http only on development servers)");
        }
        return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
