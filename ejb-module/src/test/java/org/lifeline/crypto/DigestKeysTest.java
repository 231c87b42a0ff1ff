package org.lifeline.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.crypto.DigestKeys.Keyed;
import org.lifeline.crypto.DigestKeys.Purpose;

class DigestKeysTest {

    @Test
    void withoutMoreKeysThePeppersDerivedKeysAreActive() {
        DigestKeys keys = TestKeys.of(1, null, null);
        Keyed digest = keys.of(Purpose.RECOVERY_CODE, "alice", "ABCD-EFGH");
        assertEquals("pepper", digest.keyId());
        assertEquals(64, digest.hex().length());
        assertNotEquals(
                digest.hex(), new PepperedDigestShim(keys).old("alice", "ABCD-EFGH"), "a derived key, not the pepper");
    }

    @Test
    void onePurposeNeverStandsForAnotherWhateverTheScope() {
        DigestKeys keys = TestKeys.of(1, null, null);
        // an account named like a token scope: its code digest is still not a cancel token's digest
        assertNotEquals(
                keys.of(Purpose.RECOVERY_CODE, "recovery-case-cancel", "x").hex(),
                keys.of(Purpose.CANCEL_TOKEN, "recovery-case-cancel", "x").hex());
        assertNotEquals(
                keys.of(Purpose.CHECKPOINT_SEAL, "s", "x").hex(),
                keys.of(Purpose.TRAIL_SEAL, "s", "x").hex());
    }

    @Test
    void afterARotationWhatTheOldKeysMadeIsStillFoundAndHolds() {
        DigestKeys before = TestKeys.of(1, null, null);
        Keyed old = before.of(Purpose.RECOVERY_CODE, "alice", "code");
        String legacy = new PepperedDigestShim(before).old("alice", "code");

        DigestKeys after = TestKeys.of(1, TestKeys.key("k2027", 2), "k2027");
        Keyed fresh = after.of(Purpose.RECOVERY_CODE, "alice", "code");
        assertEquals("k2027", fresh.keyId());
        assertNotEquals(old.hex(), fresh.hex());
        List<String> candidates = after.candidates(Purpose.RECOVERY_CODE, "alice", "code");
        assertEquals(List.of(fresh.hex(), old.hex(), legacy), candidates, "the active key first, the old scheme last");

        Keyed seal = before.of(Purpose.TRAIL_SEAL, "~trail", "totals");
        assertTrue(after.holds(Purpose.TRAIL_SEAL, "pepper", "~trail", "totals", seal.hex()));
        assertTrue(after.holds(
                Purpose.TRAIL_SEAL, null, "~trail", "totals", new PepperedDigestShim(after).old("~trail", "totals")));
        assertFalse(
                after.holds(Purpose.TRAIL_SEAL, "k2027", "~trail", "totals", seal.hex()),
                "a seal holds under its key only");
        assertFalse(
                after.holds(Purpose.TRAIL_SEAL, "gone", "~trail", "totals", seal.hex()),
                "an unlisted key holds nothing");
        assertFalse(after.holds(Purpose.TRAIL_SEAL, "pepper", "~trail", "other totals", seal.hex()));
    }

    @Test
    void badKeyListsAndAnUnlistedActiveKeyAreRefused() {
        assertThrows(IllegalStateException.class, () -> TestKeys.of(1, "k1", null));
        assertThrows(IllegalStateException.class, () -> TestKeys.of(1, "k1:c2hvcnQ=", null));
        assertThrows(IllegalStateException.class, () -> TestKeys.of(1, TestKeys.key("pepper", 2), null));
        assertThrows(
                IllegalStateException.class,
                () -> TestKeys.of(1, TestKeys.key("k1", 2) + "," + TestKeys.key("k1", 3), null));
        assertThrows(IllegalStateException.class, () -> TestKeys.of(1, TestKeys.key("k1", 2), "k9"));
    }

    /** The pepper's old scheme, as rows made before per-purpose keys hold it. */
    private record PepperedDigestShim(DigestKeys keys) {
        String old(String scope, String value) {
            return keys.pepper.of(scope, value);
        }
    }
}
