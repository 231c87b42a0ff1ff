package org.lifeline.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation refusals of a request: 400 naming each field and what it needs. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        List<Problem.Violation> violations = failure.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return Problem.of(ProblemCode.INVALID_REQUEST, "the request has invalid fields")
                .withViolations(violations).toResponse().build();
    }

    /** The last name of the property path: {@code email} rather than {@code putProfile.arg1.email}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        return field;
    }
}
