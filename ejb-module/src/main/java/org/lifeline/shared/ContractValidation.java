package org.lifeline.shared;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Validates every call of a session bean against the constraints of its service contract (the business interface's
 * parameters, which its implementation inherits), whoever the caller is: bound to every bean of the module in
 * {@code ejb-jar.xml}. The server's own integration does not validate calls through a local business interface, so
 * the contracts would otherwise hold only for callers that validate first. A refusal is a
 * {@link ConstraintViolationException}, an application exception that rolls the transaction back.
 */
public class ContractValidation {

    @Inject
    Validator validator;

    @AroundInvoke
    public Object validate(InvocationContext call) throws Exception {
        Set<ConstraintViolation<Object>> refused =
                validator.forExecutables().validateParameters(call.getTarget(), call.getMethod(), call.getParameters());
        if (!refused.isEmpty()) {
            throw new ConstraintViolationException(refused);
        }
        return call.proceed();
    }
}
