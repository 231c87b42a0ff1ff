package org.lifeline.authenticator;

import jakarta.ejb.Local;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.ClientInfo;
import org.lifeline.attempt.Credential;
import org.lifeline.audit.Actor;

/** Linking, confirming, removing and freezing an account's TOTP authenticator. */
@Local
public interface AuthenticatorService {

    /**
     * Starts an enrollment with a fresh secret, replacing any pending one. {@code label} names the account in the
     * app (the contact address or account id when null). Conflict when an authenticator is active or frozen.
     */
    Enrollment enroll(AccountId account, String label, Actor actor);

    /**
     * The otpauth URI of the pending enrollment, for its QR code: it carries the secret, so every read is audited
     * ({@code format} names what it was drawn as). Not found when none is pending, or when {@code enrollmentId} is
     * given and is not the pending one (an enrollment that was replaced or confirmed shows nothing).
     */
    String pendingUri(AccountId account, String enrollmentId, String format, Actor actor);

    /** Activates the pending authenticator with its first code. */
    Activation confirm(AccountId account, String code, ClientInfo client, Actor actor);

    /** Removes the authenticator; needs a current code of it (or, once they exist, a recovery code). */
    void remove(AccountId account, Credential credential, ClientInfo client, Actor actor);

    /**
     * Removes the authenticator, with no code, because an approved security reset took effect (the owner lost it),
     * and revokes the recovery codes with it. Runs in the caller's transaction, which holds the account's lock.
     * False when there was no authenticator.
     */
    boolean removeForReset(AccountId account, Actor actor);

    /** The device is lost: the authenticator's codes are refused from now on. */
    AuthenticatorStatus reportLostDevice(AccountId account, Actor actor);

    AuthenticatorStatus statusOf(AccountId account);

    /**
     * Lifts a lost-device freeze with the single-use token from its notification and a right code of the app, on the
     * account's failure budget like any code; the token is spent only when the code is right. Unknown, used or
     * expired tokens, and tokens of an authenticator that is no longer frozen, are not found.
     */
    AuthenticatorStatus undoFreeze(String token, String code, ClientInfo client);
}
