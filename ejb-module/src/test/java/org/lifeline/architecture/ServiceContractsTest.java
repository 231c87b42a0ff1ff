package org.lifeline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;
import org.lifeline.lockout.DefaultLockoutService;
import org.lifeline.lockout.LockoutService;
import org.lifeline.recoverycase.CaseDecision;
import org.lifeline.recoverycase.CaseReason;
import org.lifeline.recoverycase.CaseReviewService;
import org.lifeline.recoverycase.Decision;
import org.lifeline.recoverycase.EvidenceUpload;
import org.lifeline.recoverycase.RecoveryCase;
import org.lifeline.recoverycase.RecoveryCaseService;

/**
 * The service contracts refuse bad arguments themselves, whoever calls them (the container validates the constraints
 * of a business interface on every call): each refusal names the parameter and what it needs, with the domain's
 * limits. Validated here with the provider the server ships.
 */
class ServiceContractsTest {

    static final AccountId ALICE = AccountId.of("alice");
    static final Actor OWNER = new Actor("alice", "user");

    static ValidatorFactory factory;
    static ExecutableValidator validator;

    @BeforeAll
    static void provider() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator().forExecutables();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void openingACaseNeedsAReasonADescriptionAndAContactAddress() throws NoSuchMethodException {
        Method open = RecoveryCaseService.class.getMethod(
                "open", AccountId.class, CaseReason.class, String.class, String.class, Actor.class);
        assertEquals(
                Map.of(),
                refusals(
                        RecoveryCaseService.class,
                        open,
                        ALICE,
                        CaseReason.LOST_DEVICE,
                        "phone lost",
                        "alice@example.org",
                        OWNER));
        assertEquals(
                Map.of(
                        "reason",
                        "is required: LOST_DEVICE, STOLEN_DEVICE, DEVICE_RESET or OTHER",
                        "description",
                        "is required: what happened, in a few words",
                        "contactEmail",
                        "must be an address such as name@example.org, at most 320 characters"),
                refusals(RecoveryCaseService.class, open, ALICE, null, " ", "alice@", OWNER));
        assertEquals(
                Map.of("description", "must be at most " + RecoveryCase.MAX_DESCRIPTION_LENGTH + " characters"),
                refusals(
                        RecoveryCaseService.class,
                        open,
                        ALICE,
                        CaseReason.OTHER,
                        "x".repeat(RecoveryCase.MAX_DESCRIPTION_LENGTH + 1),
                        "alice@example.org",
                        OWNER));
    }

    @Test
    void evidenceNeedsAnUpload() throws NoSuchMethodException {
        Method add = RecoveryCaseService.class.getMethod(
                "addEvidence", AccountId.class, String.class, EvidenceUpload.class, Actor.class);
        assertEquals(
                Map.of("upload", "must not be null"),
                refusals(RecoveryCaseService.class, add, ALICE, "case", null, OWNER));
    }

    @Test
    void aDecisionNeedsItsVerdictAndAShortNote() throws NoSuchMethodException {
        Method decide =
                CaseReviewService.class.getMethod("decide", String.class, Decision.class, String.class, Actor.class);
        assertEquals(
                Map.of(
                        "decision",
                        "is required: APPROVE or REJECT",
                        "note",
                        "must be at most " + CaseDecision.MAX_NOTE_LENGTH + " characters"),
                refusals(
                        CaseReviewService.class,
                        decide,
                        "case",
                        null,
                        "x".repeat(CaseDecision.MAX_NOTE_LENGTH + 1),
                        OWNER));
        assertEquals(Map.of(), refusals(CaseReviewService.class, decide, "case", Decision.APPROVE, null, OWNER));
    }

    @Test
    void anUnlockNeedsItsNote() throws NoSuchMethodException {
        Method unlock = LockoutService.class.getMethod("unlock", AccountId.class, String.class, Actor.class);
        assertEquals(
                Map.of("note", "is required: why the lock is lifted"),
                refusals(LockoutService.class, unlock, ALICE, "", OWNER));
        assertEquals(
                Map.of("note", "must be at most " + LockoutService.MAX_NOTE_LENGTH + " characters"),
                refusals(LockoutService.class, unlock, ALICE, "x".repeat(LockoutService.MAX_NOTE_LENGTH + 1), OWNER));
    }

    /** At run time the interceptor validates the implementation's method, which inherits the contract's constraints. */
    @Test
    void theImplementationInheritsTheContract() throws NoSuchMethodException {
        Method unlock = DefaultLockoutService.class.getMethod("unlock", AccountId.class, String.class, Actor.class);
        var refused =
                validator.validateParameters(new DefaultLockoutService(), unlock, new Object[] {ALICE, " ", OWNER});
        assertEquals(1, refused.size());
        assertEquals(
                "is required: why the lock is lifted", refused.iterator().next().getMessage());
    }

    /** Parameter name to message, for a call of {@code method} with {@code arguments}. */
    private static <T> Map<String, String> refusals(Class<T> contract, Method method, Object... arguments) {
        T proxy = contract.cast(java.lang.reflect.Proxy.newProxyInstance(
                contract.getClassLoader(), new Class<?>[] {contract}, (self, called, args) -> null));
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<T> violation : validator.validateParameters(proxy, method, arguments)) {
            String parameter = null;
            for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
                parameter = node.getName();
            }
            found.put(parameter, violation.getMessage());
        }
        return found;
    }
}
