package org.lifeline.it;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * A problem answer (RFC 9457) as an exception a caller catches and branches on by {@link #code()}: the stable word
 * of the contract ({@code verification-failed}, {@code locked}, {@code not-found}, ...).
 */
final class LifelineProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final OptionalLong retryAfterSeconds;

    LifelineProblem(int status, String code, String title, String detail, OptionalLong retryAfterSeconds) {
        super(status + " " + code + ": " + detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    String detail() {
        return detail;
    }

    /** From {@code Retry-After}, on a 429 {@code locked}. */
    OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Turns every answer of 400 and above into a {@link LifelineProblem}; one that is not a problem still is. */
    static final class Mapper implements ResponseExceptionMapper<LifelineProblem> {

        private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

        @Override
        public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }

        @Override
        public LifelineProblem toThrowable(Response response) {
            String retryAfter = response.getHeaderString("Retry-After");
            OptionalLong retry =
                    retryAfter == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(retryAfter.strip()));
            MediaType type = response.getMediaType();
            if (type == null || !PROBLEM.isCompatible(type)) {
                return new LifelineProblem(
                        response.getStatus(), "not-a-problem", "", "the answer is " + type + ", not a problem", retry);
            }
            response.bufferEntity();
            JsonObject problem = response.readEntity(JsonObject.class);
            return new LifelineProblem(
                    response.getStatus(),
                    problem.getString("code", ""),
                    problem.getString("title", ""),
                    problem.getString("detail", ""),
                    retry);
        }
    }
}
