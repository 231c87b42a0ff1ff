package org.lifeline.lockout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;
import org.lifeline.secretphrase.SecretPhraseGuard;

@Stateless
public class DefaultLockoutService implements LockoutService {

    @Inject
    CodeGuard guard;

    @Inject
    SecretPhraseGuard phrases;

    @Override
    public void unlock(AccountId account, String note, Actor actor) {
        phrases.screen("note", note, account, actor);
        guard.unlock(account, note.strip(), actor);
    }
}
