package org.lifeline.authenticator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.lifeline.account.Account;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.attempt.Attempt;
import org.lifeline.attempt.AttemptPurpose;
import org.lifeline.attempt.ClientInfo;
import org.lifeline.attempt.CodeCheck;
import org.lifeline.attempt.CodeMethod;
import org.lifeline.attempt.Credential;
import org.lifeline.attempt.FailureReason;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.AuthenticatorConfirmed;
import org.lifeline.audit.SecurityEvent.AuthenticatorFrozen;
import org.lifeline.audit.SecurityEvent.AuthenticatorRemoved;
import org.lifeline.audit.SecurityEvent.AuthenticatorUnfrozen;
import org.lifeline.audit.SecurityEvent.EnrollmentSecretShown;
import org.lifeline.audit.SecurityEvent.EnrollmentStarted;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.crypto.SecretBox;
import org.lifeline.crypto.Secrets;
import org.lifeline.crypto.Totp;
import org.lifeline.lockout.CodeGuard;
import org.lifeline.recoverycode.IssuedCodes;
import org.lifeline.recoverycode.RecoveryCodeService;
import org.lifeline.secretphrase.SecretPhraseGuard;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.ExpiredException;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.shared.NotFoundException;

@Stateless
public class DefaultAuthenticatorService implements AuthenticatorService {

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    AccountRepository accounts;

    @Inject
    TotpSettings settings;

    @Inject
    TotpCheck totpCheck;

    @Inject
    SecretBox secrets;

    @Inject
    CodeGuard guard;

    @Inject
    FreezeUndoLinks undoLinks;

    @EJB
    RecoveryCodeService recoveryCodes;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Inject
    SecretPhraseGuard phrases;

    @Override
    public Enrollment enroll(AccountId id, String label, Actor actor) {
        phrases.screen("label", label, id, actor);
        Instant now = clock.instant();
        Account account = accounts.lock(id);
        if (account == null) {
            throw new NotFoundException("no such account");
        }
        Authenticator existing = authenticators.findByAccount(id);
        if (existing != null) {
            AuthenticatorStatus status = existing.statusAt(now);
            if (status == AuthenticatorStatus.ACTIVE || status == AuthenticatorStatus.FROZEN) {
                throw new ConflictException(
                        "an authenticator is already " + status + "; remove it before enrolling another");
            }
            authenticators.remove(existing);
        }
        String accountName = accountName(label, account);
        Totp totp = settings.totp();
        byte[] secret = Secrets.random(totp.algorithm().secretBytes());
        Authenticator pending = Authenticator.pending(id, totp, accountName, now, settings.enrollmentTtl());
        pending.sealWith(secrets.seal(secret, pending.secretContext()));
        authenticators.add(pending);
        events.record(
                id.value(),
                actor,
                new EnrollmentStarted(pending.id(), totp.algorithm().name(), totp.digits(), totp.periodSeconds()));
        String base32 = Secrets.base32(secret);
        return new Enrollment(
                pending.id(),
                base32,
                OtpAuthUri.of(settings.issuer(), accountName, base32, totp),
                totp.algorithm(),
                totp.digits(),
                totp.periodSeconds(),
                pending.expiresAt());
    }

    @Override
    public String pendingUri(AccountId id, String enrollmentId, String format, Actor actor) {
        Authenticator pending = authenticators.findByAccount(id);
        if (pending == null
                || pending.statusAt(clock.instant()) != AuthenticatorStatus.PENDING
                || (enrollmentId != null && !enrollmentId.equals(pending.id()))) {
            throw new NotFoundException("no such enrollment is pending");
        }
        events.record(id.value(), actor, new EnrollmentSecretShown(pending.id(), format));
        byte[] secret = secrets.open(pending.sealedSecret(), pending.secretContext());
        return OtpAuthUri.of(settings.issuer(), pending.label(), Secrets.base32(secret), pending.totp());
    }

    @Override
    public Activation confirm(AccountId id, String code, ClientInfo client, Actor actor) {
        Attempt attempt = new Attempt(id, AttemptPurpose.CONFIRM_ENROLLMENT, CodeMethod.TOTP, client, actor);
        return guard.attempt(attempt, now -> {
            Authenticator pending = authenticators.findByAccount(id);
            if (pending == null || pending.status() != AuthenticatorStatus.PENDING) {
                throw new NotFoundException("no enrollment is pending");
            }
            if (pending.isExpiredAt(now)) {
                throw new ExpiredException("the enrollment expired; start a new one");
            }
            var step = totpCheck.matchingStep(pending, code, now);
            if (step.isEmpty()) {
                return CodeCheck.Result.refused(FailureReason.WRONG_CODE);
            }
            pending.activate(step.getAsLong(), now);
            events.record(id.value(), actor, new AuthenticatorConfirmed(pending.id()));
            IssuedCodes codes = recoveryCodes.issue(id, pending.label(), settings.issuer(), actor);
            return CodeCheck.Result.accepted(
                    new Activation(pending.id(), pending.status(), pending.activatedAt(), codes));
        });
    }

    @Override
    public void remove(AccountId id, Credential credential, ClientInfo client, Actor actor) {
        CodeMethod method = credential.isTotp() ? CodeMethod.TOTP : CodeMethod.RECOVERY_CODE;
        Attempt attempt = new Attempt(id, AttemptPurpose.REMOVE_AUTHENTICATOR, method, client, actor);
        guard.attempt(attempt, now -> {
            Authenticator authenticator = authenticators.findByAccount(id);
            if (authenticator == null || authenticator.statusAt(now) == AuthenticatorStatus.NONE) {
                throw new NotFoundException("no authenticator to remove");
            }
            CodeCheck.Result<?> check;
            if (method == CodeMethod.RECOVERY_CODE) {
                // A lost phone is exactly when a recovery code removes the authenticator, frozen or not.
                check = recoveryCodes.consume(id, credential.recoveryCode(), now, actor);
            } else if (authenticator.status() == AuthenticatorStatus.PENDING) {
                check = pendingCheck(authenticator, credential.code(), now);
            } else {
                check = totpCheck.check(authenticator, credential.code(), now);
            }
            if (!check.isAccepted()) {
                return check.refusalAs();
            }
            authenticators.remove(authenticator);
            recoveryCodes.revokeAll(id, actor);
            events.record(id.value(), actor, new AuthenticatorRemoved(authenticator.id(), method.name()));
            return CodeCheck.Result.accepted(Boolean.TRUE);
        });
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean removeForReset(AccountId id, Actor actor) {
        Authenticator authenticator = authenticators.findByAccount(id);
        if (authenticator == null) {
            return false;
        }
        authenticators.remove(authenticator);
        recoveryCodes.revokeAll(id, actor);
        events.record(
                id.value(),
                actor,
                new AuthenticatorRemoved(authenticator.id(), AuthenticatorRemoved.BY_SECURITY_RESET));
        return true;
    }

    /** A pending enrollment is withdrawn with a code of its own secret; it has no accepted steps to replay. */
    private CodeCheck.Result<Long> pendingCheck(Authenticator pending, String code, Instant now) {
        var step = totpCheck.matchingStep(pending, code, now);
        return step.isPresent()
                ? CodeCheck.Result.accepted(step.getAsLong())
                : CodeCheck.Result.refused(FailureReason.WRONG_CODE);
    }

    @Override
    public AuthenticatorStatus reportLostDevice(AccountId id, Actor actor) {
        Instant now = clock.instant();
        accounts.lock(id);
        Authenticator authenticator = authenticators.findByAccount(id);
        if (authenticator == null
                || authenticator.statusAt(now) == AuthenticatorStatus.NONE
                || authenticator.status() == AuthenticatorStatus.PENDING) {
            throw new NotFoundException("no active authenticator to freeze");
        }
        if (authenticator.freeze(now)) {
            events.record(id.value(), actor, new AuthenticatorFrozen(authenticator.id()));
        }
        return authenticator.status();
    }

    @Override
    public AuthenticatorStatus undoFreeze(String token, String code, ClientInfo client) {
        FreezeUndoToken undo =
                undoLinks.find(token, clock.instant()).orElseThrow(() -> new NotFoundException("no such undo token"));
        AccountId id = undo.accountId();
        Actor owner = new Actor(id.value(), "user");
        Attempt attempt = new Attempt(id, AttemptPurpose.UNDO_FREEZE, CodeMethod.TOTP, client, owner);
        return guard.attempt(attempt, now -> {
            Authenticator frozen = authenticators.findByAccount(id);
            if (frozen == null
                    || !frozen.id().equals(undo.authenticatorId())
                    || frozen.status() != AuthenticatorStatus.FROZEN) {
                throw new NotFoundException("no such undo token");
            }
            var step = totpCheck.matchingStep(frozen, code, now);
            if (step.isEmpty()) {
                return CodeCheck.Result.refused(FailureReason.WRONG_CODE);
            }
            Long lastUsed = frozen.lastUsedStep();
            if ((lastUsed != null && step.getAsLong() <= lastUsed)
                    || !authenticators.acceptStep(frozen.id(), step.getAsLong())) {
                return CodeCheck.Result.refused(FailureReason.REPLAY);
            }
            if (!undoLinks.use(token, now)) {
                throw new NotFoundException("no such undo token");
            }
            frozen.unfreeze(step.getAsLong());
            events.record(id.value(), owner, new AuthenticatorUnfrozen(frozen.id()));
            return CodeCheck.Result.accepted(frozen.status());
        });
    }

    @Override
    public AuthenticatorStatus statusOf(AccountId id) {
        Authenticator authenticator = authenticators.findByAccount(id);
        return authenticator == null ? AuthenticatorStatus.NONE : authenticator.statusAt(clock.instant());
    }

    private static String accountName(String label, Account account) {
        if (label == null || label.isBlank()) {
            return account.email() != null ? account.email() : account.id().value();
        }
        String name = label.strip();
        if (name.length() > Authenticator.MAX_LABEL_LENGTH
                || name.contains(":")
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("label must be at most " + Authenticator.MAX_LABEL_LENGTH
                    + " characters, without ':' or control characters");
        }
        return name;
    }
}
