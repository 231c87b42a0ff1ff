package org.lifeline.recoverycase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;
import org.lifeline.shared.ConflictException;

class RecoveryCaseTest {

    private static final Instant T0 = Instant.parse("2026-11-25T17:00:00Z");

    private RecoveryCase opened() {
        return new RecoveryCase(
                AccountId.of("alice"),
                CaseReason.LOST_DEVICE,
                "phone fell in the sea",
                "alice@example.org",
                T0,
                Duration.ofDays(14),
                "user");
    }

    @Test
    void aCaseOpensAwaitingEvidenceAndHoldsTheAccountsSlot() {
        RecoveryCase c = opened();
        assertEquals(CaseStatus.AWAITING_EVIDENCE, c.status());
        assertEquals(T0.plus(Duration.ofDays(14)), c.expiresAt());
        assertEquals(1, c.history().size());
        assertNull(c.history().get(0).from());
    }

    @Test
    void theLifeOfACaseAllowsOnlyItsTransitions() {
        assertTrue(CaseStatus.AWAITING_EVIDENCE.mayBecome(CaseStatus.SUBMITTED));
        assertFalse(CaseStatus.AWAITING_EVIDENCE.mayBecome(CaseStatus.APPROVED));
        assertTrue(CaseStatus.SUBMITTED.mayBecome(CaseStatus.APPROVED));
        assertTrue(CaseStatus.APPROVED.mayBecome(CaseStatus.APPLIED));
        assertFalse(CaseStatus.APPROVED.mayBecome(CaseStatus.REJECTED));
        assertFalse(CaseStatus.SUBMITTED.mayBecome(CaseStatus.APPLIED));
        for (CaseStatus closed :
                EnumSet.of(CaseStatus.APPLIED, CaseStatus.REJECTED, CaseStatus.CANCELLED, CaseStatus.EXPIRED)) {
            assertFalse(closed.isOpen());
            for (CaseStatus any : CaseStatus.values()) {
                assertFalse(closed.mayBecome(any), closed + " -> " + any);
            }
        }
    }

    @Test
    void cancellingClosesTheCaseAndFreesTheSlot() {
        RecoveryCase c = opened();
        c.cancel(T0.plusSeconds(60), "user");
        assertEquals(CaseStatus.CANCELLED, c.status());
        assertEquals(T0.plusSeconds(60), c.closedAt());
        assertEquals(2, c.history().size());
        assertEquals(CaseStatus.AWAITING_EVIDENCE, c.history().get(1).from());
        assertThrows(ConflictException.class, () -> c.cancel(T0.plusSeconds(61), "user"));
    }

    @Test
    void illegalTransitionsAreConflictsNotOverwrites() {
        RecoveryCase c = opened();
        assertThrows(ConflictException.class, () -> c.moveTo(CaseStatus.APPROVED, T0, "support"));
        assertEquals(CaseStatus.AWAITING_EVIDENCE, c.status());
        assertEquals(1, c.history().size());
    }

    @Test
    void aHighRiskCaseNeedsTwoApprovalsFromTwoAgents() {
        RecoveryCase c = opened();
        c.moveTo(CaseStatus.SUBMITTED, T0, "user");
        Duration wait = Duration.ofHours(72);
        assertFalse(c.decide(new Actor("agent-1", "support"), Decision.APPROVE, "id ok", 2, wait, T0.plusSeconds(10)));
        assertEquals(CaseStatus.SUBMITTED, c.status());
        assertThrows(
                ConflictException.class,
                () -> c.decide(new Actor("agent-1", "support"), Decision.APPROVE, "again", 2, wait, T0));
        assertTrue(c.decide(new Actor("agent-2", "support"), Decision.APPROVE, "agreed", 2, wait, T0.plusSeconds(20)));
        assertEquals(CaseStatus.APPROVED, c.status());
        assertEquals(T0.plusSeconds(20).plus(wait), c.effectiveAt());
        assertThrows(
                ConflictException.class,
                () -> c.decide(new Actor("agent-3", "support"), Decision.REJECT, "late", 2, wait, T0));
    }

    @Test
    void onePersonUnderTwoStaffIdentitiesIsOneAgent() {
        RecoveryCase c = opened();
        c.moveTo(CaseStatus.SUBMITTED, T0, "user");
        Duration wait = Duration.ofHours(72);
        assertFalse(c.decide(new Actor("agent-1", "support", "mallory"), Decision.APPROVE, null, 2, wait, T0));
        assertThrows(
                ConflictException.class,
                () -> c.decide(new Actor("agent-1b", "support", "mallory"), Decision.APPROVE, null, 2, wait, T0));
        assertThrows(
                ConflictException.class,
                () -> c.decide(new Actor("agent-1", "support", "someone-else"), Decision.APPROVE, null, 2, wait, T0));
        assertTrue(c.decide(new Actor("agent-2", "support", "trent"), Decision.APPROVE, null, 2, wait, T0));
    }

    @Test
    void anActorHoldsTheAccountItsTokenNamesAndItsSubject() {
        Actor agent = new Actor("support-7", "support", "mallory");
        assertTrue(agent.holds("mallory"));
        assertTrue(agent.holds("support-7"));
        assertFalse(agent.holds("alice"));
        assertTrue(new Actor("alice", "user").holds("alice"));
    }

    @Test
    void aRejectionClosesTheCaseAndOnlySubmittedCasesAreDecided() {
        RecoveryCase c = opened();
        assertThrows(
                ConflictException.class,
                () -> c.decide(new Actor("agent-1", "support"), Decision.APPROVE, null, 1, Duration.ofHours(48), T0));
        c.moveTo(CaseStatus.SUBMITTED, T0, "user");
        assertTrue(c.decide(
                new Actor("agent-1", "support"),
                Decision.REJECT,
                "selfie does not match",
                1,
                Duration.ofHours(48),
                T0));
        assertEquals(CaseStatus.REJECTED, c.status());
        assertNull(c.effectiveAt());
    }

    @Test
    void theOwnerMayCancelAnApprovedCaseUntilItTakesEffect() {
        RecoveryCase c = opened();
        c.moveTo(CaseStatus.SUBMITTED, T0, "user");
        c.decide(new Actor("agent-1", "support"), Decision.APPROVE, null, 1, Duration.ofHours(48), T0);
        RecoveryCase late = c;
        assertThrows(ConflictException.class, () -> late.cancel(T0.plus(Duration.ofHours(48)), "user"));
        c.cancel(T0.plus(Duration.ofHours(47)), "user");
        assertEquals(CaseStatus.CANCELLED, c.status());
    }

    @Test
    void unattendedCasesAreDueToExpireAfterFourteenDays() {
        RecoveryCase c = opened();
        assertFalse(c.isUnattendedPast(T0.plus(Duration.ofDays(14)).minusSeconds(1)));
        assertTrue(c.isUnattendedPast(T0.plus(Duration.ofDays(14))));
    }

    @Test
    void anApprovedResetWaitsAndCanBeCancelledUntilItTakesEffect() {
        RecoveryCase c = opened();
        assertTrue(c.isCancellableAt(T0));
        assertFalse(c.isWaitingAt(T0));
        c.moveTo(CaseStatus.SUBMITTED, T0, "user");
        c.decide(new Actor("agent-1", "support"), Decision.APPROVE, null, 1, Duration.ofHours(48), T0);
        Instant effective = T0.plus(Duration.ofHours(48));
        assertTrue(c.isWaitingAt(effective.minusSeconds(1)));
        assertTrue(c.isCancellableAt(effective.minusSeconds(1)));
        assertFalse(c.isWaitingAt(effective));
        assertFalse(c.isCancellableAt(effective));
        assertThrows(ConflictException.class, () -> c.cancel(effective, "user"));
        assertTrue(c.applyIfDue(effective));
        assertFalse(c.isCancellableAt(effective));
    }
}
