package org.lifeline.sensitiveaction;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.stream.Collectors;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.SensitiveActionHeld;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.status.SensitiveActions;

/** Records a step-up the gate held, in a transaction of its own: the request's is rolled back by its refusal. */
@Stateless
public class HeldSteps {

    @EJB
    SecurityEvents events;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AccountId account, String action, SensitiveActions gate, Actor actor) {
        String reasons =
                gate.reasons().stream().map(reason -> reason.code().name()).collect(Collectors.joining(","));
        events.record(account.value(), actor, new SensitiveActionHeld(action, reasons));
    }
}
