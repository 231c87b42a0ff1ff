package org.lifeline.web;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.lifeline.recoverycase.RecoveryCaseSettings;
import org.lifeline.web.problem.Problem;
import org.lifeline.web.problem.ProblemCode;

/**
 * The bounds of every request body, kept by the application so that every refusal is a problem detail. The listener's
 * own limit ({@code max-post-size}, now off) answered a bare 400 before any handler to a body declared too long, and
 * reset the connection under one streamed too long, so the client never read why.
 *
 * <ul>
 *   <li>A body declared longer than the ceiling (the largest evidence file and {@link #ENVELOPE_BYTES} of form around
 *       it) is refused at once with 413, before anything reads it; a client that sent {@code Expect: 100-continue}
 *       then sends none of it.
 *   <li>A body streamed without a length fails to read past the ceiling. JSON bodies have their own, smaller limit
 *       ({@link RequestBodyLimit}), and an evidence file its own (the service's, 413).
 *   <li>Whatever is left of a body once the answer is written is read and discarded, after the answer has been sent,
 *       for at most {@link #MAX_DRAIN_MILLIS} and {@link #MAX_DRAIN_BYTES}: a server that closes the connection with
 *       a body unread resets it, and a client that writes its whole body before reading (a script,
 *       {@code Connection: close}) would see a broken pipe instead of the answer. Past those bounds the connection
 *       is closed, the answer sent.
 * </ul>
 */
@WebFilter(urlPatterns = "/*")
public class RequestBodyBounds implements Filter {

    static final long ENVELOPE_BYTES = 1024 * 1024;
    static final long MAX_DRAIN_MILLIS = 10_000;
    static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;

    private static final int BUFFER_BYTES = 16 * 1024;

    @Inject
    RecoveryCaseSettings settings;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !hasBody(http)) {
            chain.doFilter(request, response);
            return;
        }
        long ceiling = settings.evidenceMaxBytes() + ENVELOPE_BYTES;
        if (http.getContentLengthLong() > ceiling) {
            refuse((HttpServletResponse) response, ceiling);
        } else {
            chain.doFilter(http.getContentLengthLong() < 0 ? new Ceiling(http, ceiling) : http, response);
        }
        if (!"100-continue".equalsIgnoreCase(http.getHeader("Expect"))) {
            drain(http, response);
        }
    }

    /**
     * Whether a body may come. A client that asked {@code Expect: 100-continue} sends none until the server reads:
     * not reading it is what tells such a client (curl, for large bodies) not to send it.
     */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static void refuse(HttpServletResponse response, long ceiling) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.createWriter(response.getWriter())
                .write(Problem.of(ProblemCode.PAYLOAD_TOO_LARGE, "the request body is over " + ceiling + " bytes")
                        .toJson());
    }

    private static void drain(HttpServletRequest request, ServletResponse response) {
        try {
            ServletInputStream in = request.getInputStream();
            if (in.isFinished()) {
                return;
            }
            response.flushBuffer();
            byte[] discard = new byte[BUFFER_BYTES];
            long deadline = System.currentTimeMillis() + MAX_DRAIN_MILLIS;
            long left = MAX_DRAIN_BYTES;
            int n;
            while (left > 0 && System.currentTimeMillis() < deadline && (n = in.read(discard)) >= 0) {
                left -= n;
            }
        } catch (IOException | IllegalStateException e) {
            // the client left, or the body was read as characters: the server closes the connection
        }
    }

    /** A request whose body, streamed without a declared length, cannot be read past the ceiling. */
    private static final class Ceiling extends HttpServletRequestWrapper {

        private final ServletInputStream bounded;

        Ceiling(HttpServletRequest request, long ceiling) throws IOException {
            super(request);
            ServletInputStream in = request.getInputStream();
            this.bounded = new ServletInputStream() {
                private long left = ceiling;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    left -= n;
                    if (left < 0) {
                        throw new IOException("the request body is over " + ceiling + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return bounded;
        }
    }
}
