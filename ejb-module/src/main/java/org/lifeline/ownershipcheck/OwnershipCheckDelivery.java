package org.lifeline.ownershipcheck;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.lifeline.recoverycase.ClaimsToCheck;
import org.lifeline.recoverycase.OwnershipChecks;

/**
 * Asks the verifier about one case's due claims, in a transaction of its own that holds them while it asks: one case's
 * failure never holds up another's, and two nodes never ask about one claim at once.
 */
@Stateless
public class OwnershipCheckDelivery {

    private static final Logger LOG = Logger.getLogger(OwnershipCheckDelivery.class.getName());

    @EJB
    OwnershipChecks checks;

    @Inject
    VerifierClient verifier;

    @Inject
    OwnershipCheckSettings settings;

    @Inject
    Event<OwnershipCheckAttempted> attempted;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void check(String caseId) {
        ClaimsToCheck due = checks.lockDue(caseId);
        if (due.isEmpty()) {
            return; // answered meanwhile, or another node is asking
        }
        try {
            Map<String, Boolean> answers = verifier.ask(due);
            checks.answered(due, answers, settings.waitAfter(due.attempts() + 1));
            attempted.fire(new OwnershipCheckAttempted(
                    CheckOutcome.ANSWERED, due.claims().size()));
        } catch (VerifierFailure failure) {
            checks.unanswered(due, failure.getMessage(), settings.waitAfter(due.attempts() + 1));
            attempted.fire(
                    new OwnershipCheckAttempted(failure.outcome(), due.claims().size()));
            // the case id and why; never what a claim says
            LOG.warning(() ->
                    "ownership check of case " + caseId + " (" + due.claims().size() + " claims, try "
                            + (due.attempts() + 1) + ") got no usable answer: " + failure.outcome() + ", "
                            + failure.getMessage());
        }
    }
}
