package org.lifeline.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Reads and discards what is left of a request body once the answer is sent. A refusal often comes before the body
 * is read (413 for a declared length over the limit, 404 for an upload to a case that is not the caller's), and a
 * server that then closes the connection with the rest of the body unread resets it: a client that writes its whole
 * body before reading (a script, {@code Connection: close}) sees a broken pipe instead of the answer. So once the
 * request is handled, the rest is read, up to the listener's {@code max-post-size} (past which the server closes the
 * connection anyway) and for at most {@link #MAX_DRAIN_MILLIS}, before the answer is completed.
 */
@WebFilter(urlPatterns = "/*")
public class UnreadBodyDrain implements Filter {

    static final long MAX_DRAIN_MILLIS = 10_000;

    private static final int BUFFER_BYTES = 16 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request instanceof HttpServletRequest http && hasBody(http)) {
            drain(http);
        }
    }

    /**
     * Whether a body may still be on its way. A client that asked {@code Expect: 100-continue} sends none until the
     * server reads: not reading it is what tells such a client (curl, for large bodies) not to send it.
     */
    private static boolean hasBody(HttpServletRequest request) {
        return (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null)
                && !"100-continue".equalsIgnoreCase(request.getHeader("Expect"));
    }

    private static void drain(HttpServletRequest request) {
        try {
            ServletInputStream in = request.getInputStream();
            if (in.isFinished()) {
                return;
            }
            byte[] discard = new byte[BUFFER_BYTES];
            long deadline = System.currentTimeMillis() + MAX_DRAIN_MILLIS;
            while (in.read(discard) >= 0 && System.currentTimeMillis() < deadline) {
                // discarded: the answer is already on its way
            }
        } catch (IOException | IllegalStateException e) {
            // the client left, the body is over max-post-size, or it was read as characters: the server closes
        }
    }
}
