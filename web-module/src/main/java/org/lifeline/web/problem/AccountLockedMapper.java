package org.lifeline.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lifeline.lockout.AccountLockedException;

/** 429 {@code locked}, with {@code Retry-After} in seconds. */
@Provider
public class AccountLockedMapper implements ExceptionMapper<AccountLockedException> {

    @Override
    public Response toResponse(AccountLockedException locked) {
        return Problem.of(ProblemCode.LOCKED, locked.getMessage())
                .toResponse()
                .header(HttpHeaders.RETRY_AFTER, locked.retryAfterSeconds())
                .build();
    }
}
