package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.lifeline.attempt.FactorUsed;

/**
 * The one rule for every path that takes a code: the holder's authenticator or recovery code, used while an approved
 * reset waits, proves the holder is still there, so the reset is cancelled (and the owner told), in the same
 * transaction as the code's acceptance.
 */
@ApplicationScoped
public class WaitingResetCancellation {

    @EJB
    RecoveryCaseService cases;

    void onFactorUsed(@Observes FactorUsed used) {
        cases.cancelWaitingOnFactorUse(used.account(), used.actor());
    }
}
