package org.lifeline.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The console's pages and scripts answer with a strict Content-Security-Policy: scripts and styles only from the
 * console's own files (no inline script, no eval), connections only to this origin's API, images and videos only from
 * this origin or the blobs the console makes of evidence it fetched, no plugins, no framing by anyone. With
 * {@code nosniff} and no referrer, a hostile evidence file has no way to run script in the console's origin.
 */
@WebFilter("/console/*")
public class ConsoleHeaders extends HttpFilter {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' blob:; media-src 'self' blob:; object-src 'none'; frame-src 'none';"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
