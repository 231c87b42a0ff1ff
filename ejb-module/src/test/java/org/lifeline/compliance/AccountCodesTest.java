package org.lifeline.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lifeline.authenticator.AuthenticatorStatus;

class AccountCodesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final Instant RECENT = NOW.minus(Duration.ofDays(30));

    @Test
    void aHealthyAccountHasNoFinding() {
        assertEquals(Map.of(), findings(AuthenticatorStatus.ACTIVE, "set", RECENT, null, 10));
        assertEquals(Map.of(), findings(AuthenticatorStatus.NONE, null, null, null, 0), "no app, no codes");
        assertEquals(Map.of(), findings(AuthenticatorStatus.PENDING, null, null, null, 0));
    }

    @Test
    void anActiveAppWithoutCodesIsRemindedOncePerSet() {
        assertEquals(
                Map.of(FindingType.NO_CODES_LEFT, "set-1"),
                findings(AuthenticatorStatus.ACTIVE, "set-1", RECENT, NOW, 0));
        assertEquals(
                Map.of(FindingType.NO_CODES_LEFT, "none"), findings(AuthenticatorStatus.ACTIVE, null, null, null, 0));
    }

    @Test
    void fewerThanFourCodesLeftIsLow() {
        assertEquals(
                Map.of(FindingType.FEW_CODES_LEFT, "s"), findings(AuthenticatorStatus.ACTIVE, "s", RECENT, NOW, 3));
        assertEquals(Map.of(), findings(AuthenticatorStatus.ACTIVE, "s", RECENT, NOW, 4));
        assertEquals(
                Map.of(FindingType.FEW_CODES_LEFT, "s"), findings(AuthenticatorStatus.FROZEN, "s", RECENT, NOW, 1));
    }

    @Test
    void aUsedSetIsOverdueAfterAWeek() {
        assertEquals(Map.of(), findings(AuthenticatorStatus.ACTIVE, "s", RECENT, NOW.minus(Duration.ofDays(7)), 9));
        assertEquals(
                Map.of(FindingType.REGENERATION_OVERDUE, "s"),
                findings(
                        AuthenticatorStatus.ACTIVE,
                        "s",
                        RECENT,
                        NOW.minus(Duration.ofDays(7)).minusSeconds(1),
                        9));
    }

    @Test
    void aSetNeverUsedGetsAYearlyCheckUp() {
        assertEquals(Map.of(), findings(AuthenticatorStatus.ACTIVE, "s", NOW.minus(Duration.ofDays(364)), null, 10));
        assertEquals(
                Map.of(FindingType.CODES_UNCHECKED, "s/1"),
                findings(AuthenticatorStatus.ACTIVE, "s", NOW.minus(Duration.ofDays(365)), null, 10));
        assertEquals(
                Map.of(FindingType.CODES_UNCHECKED, "s/2"),
                findings(AuthenticatorStatus.ACTIVE, "s", NOW.minus(Duration.ofDays(800)), null, 10),
                "a new occasion each year: reminded again");
    }

    @Test
    void codesWithoutAnAppAreAnIntegrityFindingAndNothingElse() {
        List<FindingDraft> drafts = new AccountCodes(
                        "a",
                        AuthenticatorStatus.PENDING,
                        "s",
                        NOW.minus(Duration.ofDays(900)),
                        NOW.minus(Duration.ofDays(100)),
                        2)
                .findings(NOW);
        assertEquals(1, drafts.size());
        assertEquals(FindingType.CODES_WITHOUT_AUTHENTICATOR, drafts.get(0).type());
        assertEquals(Severity.HIGH, drafts.get(0).severity());
        assertEquals(null, drafts.get(0).occasion(), "no reminder to the holder");
        assertEquals(
                FindingType.CODES_WITHOUT_AUTHENTICATOR,
                new AccountCodes("a", null, "s", RECENT, null, 10)
                        .findings(NOW)
                        .get(0)
                        .type(),
                "no authenticator row");
    }

    private static Map<FindingType, String> findings(
            AuthenticatorStatus status, String set, Instant generated, Instant lastUsed, long unused) {
        return new AccountCodes("acct", status, set, generated, lastUsed, unused)
                .findings(NOW).stream()
                        .peek(draft -> assertEquals("acct", draft.subject()))
                        .collect(Collectors.toMap(FindingDraft::type, FindingDraft::occasion));
    }
}
