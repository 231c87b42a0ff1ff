package org.lifeline.lockout;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;

/** What support may do about a locked account. */
@Local
public interface LockoutService {

    /** The longest note support may give for lifting a lock. */
    int MAX_NOTE_LENGTH = 500;

    /** Lifts the lock, with a note for the audit trail; not found for an unknown account. */
    void unlock(
            AccountId account,
            @NotBlank(message = "is required: why the lock is lifted")
                    @Size(max = MAX_NOTE_LENGTH, message = "must be at most {max} characters")
                    String note,
            Actor actor);
}
