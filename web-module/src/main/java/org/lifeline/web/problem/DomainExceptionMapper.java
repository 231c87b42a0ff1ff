package org.lifeline.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.lifeline.shared.DomainException;
import org.lifeline.shared.InvalidRequestException;

/**
 * A refusal of the domain: its code decides the status, its message is the detail; a refusal of one field is shaped
 * as the contract's constraint refusals are, with the field among the violations.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException refusal) {
        if (refusal instanceof InvalidRequestException invalid && invalid.field() != null) {
            return Problem.of(ProblemCode.INVALID_REQUEST, "the request has invalid fields")
                    .withViolations(List.of(new Problem.Violation(invalid.field(), invalid.getMessage())))
                    .toResponse()
                    .build();
        }
        return Problem.of(ProblemCode.ofWord(refusal.code()), refusal.getMessage())
                .toResponse()
                .build();
    }
}
