package org.lifeline.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that could not be read: malformed JSON, a wrong type, an unknown enum value, or a stream cut off at the
 * size limit. The JSON-B provider wraps these in {@link ProcessingException}; the cause tells which.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("RequestTooBigException")) {
                // A listener's own limit on a request body (max-post-size, off in Lifeline's configuration) was hit.
                return Problem.of(ProblemCode.PAYLOAD_TOO_LARGE, "the request body is over the server's limit")
                        .toResponse()
                        .build();
            }
            if (cause instanceof WebApplicationException refused) {
                // A refusal raised while reading, such as the size limit, keeps its own status.
                return new WebApplicationExceptionMapper().toResponse(refused);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParsingException) {
                return Problem.of(ProblemCode.INVALID_REQUEST, "the body is not well-formed JSON")
                        .toResponse()
                        .build();
            }
            if (cause instanceof JsonbException) {
                return Problem.of(
                                ProblemCode.INVALID_REQUEST,
                                "the body does not match this endpoint: check field types and allowed values")
                        .toResponse()
                        .build();
            }
        }
        return Problem.of(ProblemCode.INVALID_REQUEST, "the body could not be read")
                .toResponse()
                .build();
    }
}
