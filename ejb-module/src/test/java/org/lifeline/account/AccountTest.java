package org.lifeline.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifeline.shared.InvalidRequestException;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "alice",
                "auth0|5f7c8ec7c33c6c004bbafe82",
                "user@example.org",
                "a",
                "550e8400-e29b-41d4-a716-446655440000"
            })
    void acceptsTheIdentifiersPlatformsUse(String id) {
        assertEquals(id, AccountId.of(id).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "../etc/passwd", "a/b", "-a", ".hidden", "a b", "a\nb", "~system", "é"})
    void refusesEverythingElse(String id) {
        assertThrows(InvalidRequestException.class, () -> AccountId.of(id));
    }

    @Test
    void refusesIdentifiersLongerThan128() {
        AccountId.of("a".repeat(128));
        assertThrows(InvalidRequestException.class, () -> AccountId.of("a".repeat(129)));
    }

    @Test
    void profileChangesNameWhatChangedButNotTheAddress() {
        Account account = new Account(AccountId.of("alice"), "alice@example.org", RiskTier.STANDARD, NOW);
        Map<String, String> changes = account.changeProfile("new@example.org", RiskTier.HIGH, NOW.plusSeconds(1))
                .orElseThrow()
                .details();
        assertEquals(Map.of("email", "changed", "riskTier", "STANDARD -> HIGH"), changes);
        assertFalse(changes.toString().contains("new@example.org"));
        assertEquals(NOW.plusSeconds(1), account.updatedAt());
        assertTrue(account.changeProfile("new@example.org", RiskTier.HIGH, NOW.plusSeconds(2))
                .isEmpty());
        assertEquals(NOW.plusSeconds(1), account.updatedAt());
    }

    @Test
    void tokenAddressFillsOnlyAMissingOne() {
        Account account = new Account(AccountId.of("alice"), null, RiskTier.STANDARD, NOW);
        assertFalse(account.adoptEmailIfMissing("not an address", NOW));
        assertTrue(account.adoptEmailIfMissing("alice@example.org", NOW));
        assertFalse(account.adoptEmailIfMissing("other@example.org", NOW));
        assertEquals("alice@example.org", account.email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "a b@example.org", "a@@example.org", "a@example.org\r\nBcc: x@y.z"})
    void refusesMalformedAddresses(String email) {
        assertThrows(
                InvalidRequestException.class, () -> new Account(AccountId.of("alice"), email, RiskTier.STANDARD, NOW));
    }
}
