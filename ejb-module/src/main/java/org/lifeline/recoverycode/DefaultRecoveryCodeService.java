package org.lifeline.recoverycode;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.CodeCheck;
import org.lifeline.attempt.FailureReason;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.RecoveryCodeUsed;
import org.lifeline.audit.SecurityEvent.RecoveryCodesIssued;
import org.lifeline.audit.SecurityEvent.RecoveryCodesRevoked;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.crypto.DigestKeys;
import org.lifeline.crypto.DigestKeys.Purpose;

@Stateless
public class DefaultRecoveryCodeService implements RecoveryCodeService {

    @Inject
    RecoveryCodeRepository codes;

    @Inject
    DigestKeys keys;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Inject
    RecoveryCodeSettings settings;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public IssuedCodes issue(AccountId account, String accountName, String issuer, Actor actor) {
        int count = settings.count();
        Instant now = clock.instant();
        RecoveryCodeSet old = codes.findLiveSet(account);
        if (old != null) {
            old.revoke(now);
        }
        RecoveryCodeSet set = new RecoveryCodeSet(account, count, now);
        codes.addSet(set);
        List<String> shown = new ArrayList<>(count);
        List<RecoveryCode> stored = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = RecoveryCodeFormat.generate();
            stored.add(new RecoveryCode(set.id(), keys.of(Purpose.RECOVERY_CODE, account.value(), code)));
            shown.add(RecoveryCodeFormat.display(code));
        }
        codes.addCodes(stored);
        events.record(account.value(), actor, new RecoveryCodesIssued(set.id(), count, old == null ? null : old.id()));
        return new IssuedCodes(shown, now, accountName, issuer);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CodeCheck.Result<RecoveryCodeUse> consume(AccountId account, String typed, Instant now, Actor actor) {
        String code = RecoveryCodeFormat.normalise(typed);
        if (code == null) {
            return CodeCheck.Result.refused(FailureReason.UNKNOWN_RECOVERY_CODE);
        }
        List<String> digests = keys.candidates(Purpose.RECOVERY_CODE, account.value(), code);
        RecoveryCodeSet set = codes.findLiveSet(account);
        if (set == null || !codes.consume(set, digests, now)) {
            return CodeCheck.Result.refused(
                    codes.hadDigest(digests) ? FailureReason.RECOVERY_CODE_REUSE : FailureReason.UNKNOWN_RECOVERY_CODE);
        }
        set.recordUse(now);
        int remaining = set.unused();
        events.record(account.value(), actor, new RecoveryCodeUsed(set.id(), remaining));
        return CodeCheck.Result.accepted(new RecoveryCodeUse(remaining, set.mustRegenerate()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void revokeAll(AccountId account, Actor actor) {
        RecoveryCodeSet set = codes.findLiveSet(account);
        if (set != null) {
            set.revoke(clock.instant());
            events.record(account.value(), actor, new RecoveryCodesRevoked(set.id()));
        }
    }

    @Override
    public RecoveryCodeState stateOf(AccountId account) {
        return RecoveryCodeState.of(codes.findLiveSet(account));
    }
}
