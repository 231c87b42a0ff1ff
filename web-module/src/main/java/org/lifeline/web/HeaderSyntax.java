package org.lifeline.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.lifeline.web.problem.Problem;
import org.lifeline.web.problem.ProblemCode;

/**
 * Refuses a request whose {@code Accept} or {@code Content-Type} header is not a media type (or list of them, with
 * quality values between 0 and 1) before anything reads it: a malformed header is the client's mistake, a 400 problem
 * naming the header, where the JAX-RS runtime would fail on it later as an internal error.
 */
@Provider
@PreMatching
public class HeaderSyntax implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> accepts = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accepts != null) {
            for (String accept : accepts) {
                for (String range : accept.split(",")) {
                    if (!range.isBlank() && !isMediaRange(range.strip())) {
                        refuse(request, HttpHeaders.ACCEPT);
                        return;
                    }
                }
            }
        }
        List<String> types = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (types != null) {
            for (String type : types) {
                if (!isMediaType(type.strip())) {
                    refuse(request, HttpHeaders.CONTENT_TYPE);
                    return;
                }
            }
        }
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

    private static void refuse(ContainerRequestContext request, String header) {
        request.abortWith(Problem.of(
                        ProblemCode.INVALID_REQUEST, "the " + header + " header is not a valid media type (RFC 9110)")
                .toResponse()
                .build());
    }
}
