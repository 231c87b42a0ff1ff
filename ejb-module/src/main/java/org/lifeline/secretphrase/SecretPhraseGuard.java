package org.lifeline.secretphrase;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;
import org.lifeline.shared.SecretPhraseRefusedException;

/**
 * Screens a free text before a capability takes it. A text holding a recovery phrase is refused: the refusal is
 * recorded (and the owner warned) in a transaction of its own, committed whatever becomes of the request's, and the
 * request fails with {@link SecretPhraseRefusedException}, which rolls its own back. Called first thing, before the
 * capability locks anything, so the refusal's transaction never waits on the request's.
 */
@ApplicationScoped
public class SecretPhraseGuard {

    @EJB
    SecretPhraseRefusals refusals;

    /**
     * Refuses {@code text} when it holds a recovery phrase.
     *
     * @param field the field's name as the contract spells it, for the answer and the trail
     * @param account the account the text concerns, or null when it concerns none (recorded on the system chain)
     */
    public void screen(String field, String text, AccountId account, Actor actor) {
        if (RecoveryPhraseScreen.holdsPhrase(text)) {
            refusals.record(account, actor, field);
            throw new SecretPhraseRefusedException(field);
        }
    }
}
