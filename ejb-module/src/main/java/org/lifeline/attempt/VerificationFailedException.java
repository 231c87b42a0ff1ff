package org.lifeline.attempt;

import jakarta.ejb.ApplicationException;
import org.lifeline.shared.DomainException;

/**
 * A code was refused. One message for every reason, so an answer tells nothing about accounts, authenticators or
 * codes. The transaction commits: the failure must count against the budget.
 */
@ApplicationException(rollback = false)
public class VerificationFailedException extends DomainException {

    public VerificationFailedException() {
        super("verification-failed", "the code is not valid");
    }
}
