package org.lifeline.secretphrase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.SecretPhraseRefused;
import org.lifeline.audit.SecurityEvents;

/**
 * Records that a text holding a recovery phrase was refused, without the text: on the account's chain when the
 * account exists (the notification table then warns the owner), on the system chain otherwise.
 */
@Stateless
public class SecretPhraseRefusals {

    @EJB
    SecurityEvents events;

    @Inject
    AccountRepository accounts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AccountId account, Actor actor, String field) {
        if (account != null && accounts.find(account) != null) {
            events.record(account.value(), actor, new SecretPhraseRefused(field));
        } else {
            events.recordSystem(actor, new SecretPhraseRefused(field));
        }
    }
}
