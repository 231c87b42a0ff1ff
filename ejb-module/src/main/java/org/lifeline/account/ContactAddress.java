package org.lifeline.account;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A contact address as {@link EmailAddress} accepts it: the one rule for request bodies and service contracts alike.
 * Null is valid; add {@code @NotBlank} where the address is required.
 */
@Documented
@Constraint(validatedBy = ContactAddress.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ContactAddress {

    String message() default
            "must be an address such as name@example.org, at most " + EmailAddress.MAX_LENGTH + " characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates with {@link EmailAddress#isValid}. */
    class Check implements ConstraintValidator<ContactAddress, String> {
        @Override
        public boolean isValid(String address, ConstraintValidatorContext context) {
            return address == null || EmailAddress.isValid(address);
        }
    }
}
