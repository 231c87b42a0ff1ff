package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.lifeline.crypto.DigestKeys;
import org.lifeline.crypto.DigestKeys.Purpose;
import org.lifeline.crypto.Secrets;
import org.lifeline.notification.CaseLinks;

/**
 * Cancel tokens: 256 random bits, stored as their keyed digest, valid until the case takes effect (an approved
 * case) or expires (an open one), used at most once.
 */
@ApplicationScoped
public class CaseCancelLinks implements CaseLinks {

    static final String SCOPE = "recovery-case-cancel";

    @Inject
    CancelTokenRepository tokens;

    @Inject
    RecoveryCaseRepository cases;

    @Inject
    DigestKeys keys;

    @Inject
    Clock clock;

    @Override
    public Optional<String> cancelTokenFor(String caseId) {
        RecoveryCase recoveryCase = cases.find(caseId);
        Instant now = clock.instant();
        if (recoveryCase == null || !recoveryCase.status().isOpen()) {
            return Optional.empty();
        }
        Instant expires =
                recoveryCase.status() == CaseStatus.APPROVED ? recoveryCase.effectiveAt() : recoveryCase.expiresAt();
        if (!expires.isAfter(now)) {
            return Optional.empty();
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.random(32));
        tokens.add(new CancelToken(keys.of(Purpose.CANCEL_TOKEN, SCOPE, token), caseId, expires));
        return Optional.of(token);
    }

    /** Uses the token once; the case it cancels, or empty when it is unknown, used or expired. */
    Optional<String> use(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return tokens.use(keys.candidates(Purpose.CANCEL_TOKEN, SCOPE, token.strip()), clock.instant());
    }
}
