package org.lifeline.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The console's pages and scripts answer with a strict Content-Security-Policy: scripts and styles only from the
 * console's own files (no inline script, no eval), connections only to this origin's API (and the identity
 * provider's discovery and token endpoints when the console signs in with one), images and videos only from
 * this origin or the blobs the console makes of evidence it fetched, no plugins, no framing by anyone. With
 * {@code nosniff} and no referrer, a hostile evidence file has no way to run script in the console's origin.
 */
@WebFilter("/console/*")
public class ConsoleHeaders extends HttpFilter {

    @Inject
    IdentityProvider identityProvider;

    private String policy;

    @Override
    public void init() {
        policy = policy(identityProvider.settings().map(IdentityProvider.Settings::origin));
    }

    /** The policy, naming the identity provider's origin (its discovery and token endpoints) when there is one. */
    static String policy(Optional<String> providerOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'"
                + providerOrigin.map(origin -> " " + origin).orElse("")
                + "; img-src 'self' blob:; media-src 'self' blob:; object-src 'none'; frame-src 'none';"
                + " worker-src 'self';"
                + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
