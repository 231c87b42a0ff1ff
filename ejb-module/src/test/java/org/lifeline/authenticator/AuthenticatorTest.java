package org.lifeline.authenticator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lifeline.account.AccountId;
import org.lifeline.crypto.Totp;
import org.lifeline.crypto.TotpAlgorithm;
import org.lifeline.shared.ConflictException;

class AuthenticatorTest {

    private static final Instant T0 = Instant.parse("2026-11-25T17:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private final Authenticator pending = Authenticator.pending(
            AccountId.of("alice"), new Totp(TotpAlgorithm.SHA1, 6, 30), "alice@example.org", T0, FIFTEEN_MINUTES);

    @Test
    void aPendingEnrollmentExpiresAfterFifteenMinutes() {
        assertEquals(AuthenticatorStatus.PENDING, pending.statusAt(T0.plus(Duration.ofMinutes(14))));
        assertFalse(pending.isExpiredAt(T0.plus(FIFTEEN_MINUTES).minusMillis(1)));
        assertTrue(pending.isExpiredAt(T0.plus(FIFTEEN_MINUTES)));
        assertEquals(AuthenticatorStatus.NONE, pending.statusAt(T0.plus(FIFTEEN_MINUTES)));
    }

    @Test
    void activationRemembersTheFirstStepAndEndsTheExpiry() {
        pending.activate(1234, T0.plusSeconds(40));
        assertEquals(AuthenticatorStatus.ACTIVE, pending.statusAt(T0.plus(Duration.ofDays(365))));
        assertEquals(1234L, pending.lastUsedStep());
        assertNull(pending.expiresAt());
        assertThrows(ConflictException.class, () -> pending.activate(1235, T0));
    }

    @Test
    void onlyAnActiveAuthenticatorFreezesAndFreezingTwiceChangesNothing() {
        assertThrows(ConflictException.class, () -> pending.freeze(T0));
        pending.activate(1, T0);
        assertTrue(pending.freeze(T0.plusSeconds(5)));
        assertFalse(pending.freeze(T0.plusSeconds(6)));
        assertEquals(T0.plusSeconds(5), pending.frozenAt());
        assertEquals(AuthenticatorStatus.FROZEN, pending.status());
    }

    @Test
    void theSealedSecretIsBoundToAccountAndAuthenticator() {
        assertEquals("authenticator:alice:" + pending.id(), pending.secretContext());
    }
}
