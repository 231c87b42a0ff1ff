package org.lifeline.authenticator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountService;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.AuthenticatorConfirmed;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.crypto.Totp;
import org.lifeline.recoverycode.IssuedCodes;
import org.lifeline.recoverycode.RecoveryCodeService;

/**
 * Enrolled accounts for load tests, made in the server a batch at a time, as enrollment and confirmation leave them
 * (account and audit chain, authenticator with its secret sealed, the trail's events, ten recovery codes), without
 * the thousands of HTTP round trips a load test would otherwise spend before it starts. The last accepted step is
 * the previous one, so every code from the current step on verifies. Reachable only on development and test servers.
 */
@Stateless
public class BenchmarkEnrollment {

    /** The most accounts one call makes: one transaction. */
    public static final int MAX_BATCH = 500;

    @EJB
    AccountService accounts;

    @EJB
    AuthenticatorService enrollments;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    TotpSettings settings;

    @EJB
    RecoveryCodeService recoveryCodes;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    /**
     * Enrolls {@code prefix-first} to {@code prefix-(first+count-1)}; answers "accountId base32Secret code1 .. code10"
     * lines (the recovery codes as shown to the owner).
     */
    public List<String> enroll(String prefix, int first, int count, Actor actor) {
        if (count < 1 || count > MAX_BATCH || first < 0) {
            throw new IllegalArgumentException("count must be 1 to " + MAX_BATCH + ", first at least 0");
        }
        Totp totp = settings.totp();
        Instant now = clock.instant();
        long previousStep = now.getEpochSecond() / totp.periodSeconds() - 1;
        List<String> lines = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            AccountId id = AccountId.of(prefix + "-" + i);
            accounts.ensureExists(id, null, actor);
            // enrolled as any owner is, then confirmed as a first code would be, without computing one
            Enrollment enrollment = enrollments.enroll(id, null, actor);
            Authenticator enrolled = authenticators.findByAccount(id);
            enrolled.activate(previousStep, now);
            events.record(id.value(), actor, new AuthenticatorConfirmed(enrolled.id()));
            IssuedCodes codes = recoveryCodes.issue(id, id.value(), settings.issuer(), actor);
            lines.add(id.value() + " " + enrollment.secret() + " " + String.join(" ", codes.codes()));
        }
        return lines;
    }
}
