package org.lifeline.lockout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;
import org.lifeline.shared.InvalidRequestException;

@Stateless
public class DefaultLockoutService implements LockoutService {

    @Inject
    CodeGuard guard;

    @Override
    public void unlock(AccountId account, String note, Actor actor) {
        if (note == null || note.isBlank() || note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidRequestException("note is required: why the lock is lifted, at most " + MAX_NOTE_LENGTH
                    + " characters");
        }
        guard.unlock(account, note.strip(), actor);
    }
}
