package org.lifeline.status;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountService;
import org.lifeline.shared.NotFoundException;
import org.lifeline.status.SecurityStatus.AuthenticatorState;
import org.lifeline.status.SecurityStatus.HoldState;
import org.lifeline.status.SecurityStatus.LockState;
import org.lifeline.status.SecurityStatus.RecoveryCodeState;

/**
 * Assembles the status from the capabilities that exist. Accounts have no authenticator, recovery codes, lock,
 * hold or recovery case until enrollment, the failure budget and security resets are built; each of those
 * capabilities adds its part here as it lands.
 */
@Stateless
public class DefaultSecurityStatusService implements SecurityStatusService {

    @EJB
    AccountService accounts;

    @Override
    public SecurityStatus statusOf(AccountId id) {
        if (!accounts.exists(id)) {
            throw new NotFoundException("no such account");
        }
        return new SecurityStatus(id.value(),
                new AuthenticatorState("NONE"),
                new RecoveryCodeState(0, 0, null, null, false),
                new LockState(false, 0),
                new HoldState(null),
                null);
    }
}
