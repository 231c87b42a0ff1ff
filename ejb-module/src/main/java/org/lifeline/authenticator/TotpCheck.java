package org.lifeline.authenticator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.OptionalLong;
import org.lifeline.attempt.CodeCheck;
import org.lifeline.attempt.FailureReason;
import org.lifeline.crypto.SecretBox;

/**
 * Checks a TOTP code against an account's authenticator: only an active one counts, only steps T-1..T+1 of the
 * server's clock, and only a step later than the last one accepted, recorded by one conditional update so that
 * two concurrent requests cannot both win.
 */
@ApplicationScoped
public class TotpCheck {

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    SecretBox secrets;

    public CodeCheck.Result<Long> check(Authenticator authenticator, String code, Instant now) {
        if (authenticator == null
                || authenticator.statusAt(now) == AuthenticatorStatus.NONE
                || authenticator.status() == AuthenticatorStatus.PENDING) {
            return CodeCheck.Result.refused(FailureReason.NO_AUTHENTICATOR);
        }
        OptionalLong step = matchingStep(authenticator, code, now);
        if (authenticator.status() == AuthenticatorStatus.FROZEN) {
            // the device was reported lost: its codes no longer sign anyone in, but the owner who still has it (the
            // freeze needs no code, so it may not have been theirs) is not made to look like a guesser; the step is
            // spent all the same, so a right code counts once
            return step.isPresent() && authenticators.acceptStep(authenticator.id(), step.getAsLong())
                    ? CodeCheck.Result.refusedRight(FailureReason.FROZEN)
                    : CodeCheck.Result.refused(FailureReason.FROZEN);
        }
        if (step.isEmpty()) {
            return CodeCheck.Result.refused(FailureReason.WRONG_CODE);
        }
        // a step at or below the last one accepted is a replay, known from the row already read, without a write: a
        // replayed code costs what a wrong one does, so its latency does not tell "this code was right once"
        Long lastUsed = authenticator.lastUsedStep();
        if (lastUsed != null && step.getAsLong() <= lastUsed) {
            return CodeCheck.Result.refused(FailureReason.REPLAY);
        }
        if (!authenticators.acceptStep(authenticator.id(), step.getAsLong())) {
            return CodeCheck.Result.refused(FailureReason.REPLAY);
        }
        return CodeCheck.Result.accepted(step.getAsLong());
    }

    /** The step whose code this is, within the window; empty for a wrong or malformed code. */
    OptionalLong matchingStep(Authenticator authenticator, String code, Instant now) {
        String digits = code == null ? "" : code.replace(" ", "");
        if (digits.length() != authenticator.totp().digits() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        byte[] secret = secrets.open(authenticator.sealedSecret(), authenticator.secretContext());
        return authenticator.totp().matchingStep(secret, now, digits);
    }
}
