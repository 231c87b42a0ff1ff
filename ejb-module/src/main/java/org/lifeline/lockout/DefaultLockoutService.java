package org.lifeline.lockout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;

@Stateless
public class DefaultLockoutService implements LockoutService {

    @Inject
    CodeGuard guard;

    @Override
    public void unlock(AccountId account, String note, Actor actor) {
        guard.unlock(account, note.strip(), actor);
    }
}
