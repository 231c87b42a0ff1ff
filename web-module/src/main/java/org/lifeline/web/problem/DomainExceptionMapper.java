package org.lifeline.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lifeline.shared.DomainException;

/** A refusal of the domain: its code decides the status, its message is the detail. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException refusal) {
        return Problem.of(ProblemCode.ofWord(refusal.code()), refusal.getMessage())
                .toResponse()
                .build();
    }
}
