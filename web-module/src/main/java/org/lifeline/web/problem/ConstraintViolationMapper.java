package org.lifeline.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
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
                .withViolations(violations)
                .toResponse()
                .build();
    }

    /**
     * The field a client sent: the last property of the path ({@code email} rather than
     * {@code putProfile.arg1.email}), or, for a service contract's refusal, the parameter's name ({@code note} of
     * {@code unlock.note}), which is the body field's name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String property = null;
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                property = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER
                    && node.getName() != null
                    && !node.getName().startsWith("arg")) {
                parameter = node.getName();
            }
        }
        return property != null ? property : parameter != null ? parameter : "body";
    }
}
