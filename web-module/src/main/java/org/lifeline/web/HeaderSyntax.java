package org.lifeline.web;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.lifeline.web.problem.Problem;
import org.lifeline.web.problem.ProblemCode;

/**
 * Refuses a request whose {@code Accept} or {@code Content-Type} header is not a media type (or list of them, with
 * quality values between 0 and 1) before anything reads it: a malformed header is the client's mistake, a 400 problem
 * naming the header. A servlet filter, ahead of the JAX-RS runtime, which would fail on the one (an internal error)
 * and refuse the other itself, logging a warning with a stack trace for every such request.
 */
@WebFilter(urlPatterns = "/*")
public class HeaderSyntax implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            for (String accept : Collections.list(http.getHeaders(HttpHeaders.ACCEPT))) {
                for (String range : accept.split(",")) {
                    if (!range.isBlank() && !isMediaRange(range.strip())) {
                        refuse(answer, HttpHeaders.ACCEPT);
                        return;
                    }
                }
            }
            for (String type : Collections.list(http.getHeaders(HttpHeaders.CONTENT_TYPE))) {
                if (!isMediaType(type.strip())) {
                    refuse(answer, HttpHeaders.CONTENT_TYPE);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isMediaRange(String range) {
        if (!isMediaType(range)) {
            return false;
        }
        String quality = MediaType.valueOf(range).getParameters().get("q");
        if (quality == null) {
            return true;
        }
        try {
            float q = Float.parseFloat(quality);
            return q >= 0 && q <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isMediaType(String value) {
        try {
            MediaType type = MediaType.valueOf(value);
            return !type.getType().isEmpty() && !type.getSubtype().isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse answer, String header) throws IOException {
        answer.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        answer.setContentType(Problem.MEDIA_TYPE);
        answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.createWriter(answer.getWriter())
                .write(Problem.of(
                                ProblemCode.INVALID_REQUEST,
                                "the " + header + " header is not a valid media type (RFC 9110)")
                        .toJson());
    }
}
