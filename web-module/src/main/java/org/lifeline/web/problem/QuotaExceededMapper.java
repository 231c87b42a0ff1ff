package org.lifeline.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lifeline.shared.QuotaExceededException;

/** 429 {@code quota-exceeded}, with {@code Retry-After} in seconds: when the allowance has room again. */
@Provider
public class QuotaExceededMapper implements ExceptionMapper<QuotaExceededException> {

    @Override
    public Response toResponse(QuotaExceededException exceeded) {
        return Problem.of(ProblemCode.QUOTA_EXCEEDED, exceeded.getMessage())
                .toResponse()
                .header(HttpHeaders.RETRY_AFTER, exceeded.retryAfterSeconds())
                .build();
    }
}
