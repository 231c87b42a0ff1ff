package org.lifeline.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.lifeline.audit.Actor;
import org.lifeline.audit.AuditTrail;
import org.lifeline.audit.SecurityEvent.AccountCreated;
import org.lifeline.audit.SecurityEvents;

/**
 * Creates an account with its audit chain in a transaction of its own. When two first requests for one account
 * race, one insert fails on the primary key; running apart lets the caller's transaction survive that and read
 * the winner's account.
 */
@Stateless
public class AccountOpening {

    @Inject
    AccountRepository accounts;

    @EJB
    AuditTrail audit;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(AccountId id, String email, RiskTier riskTier, Actor actor) {
        accounts.addNow(new Account(id, email, riskTier, clock.instant()));
        audit.openChain(id.value());
        events.record(id.value(), actor, new AccountCreated(riskTier.name(), email != null));
    }
}
