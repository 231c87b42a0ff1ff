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
        Response.ResponseBuilder answer =
                Problem.of(ProblemCode.LOCKED, locked.getMessage()).toResponse();
        // a bar past the cap since the last success does not lift with time: no Retry-After to promise
        return (locked.liftsByItself() ? answer.header(HttpHeaders.RETRY_AFTER, locked.retryAfterSeconds()) : answer)
                .build();
    }
}
