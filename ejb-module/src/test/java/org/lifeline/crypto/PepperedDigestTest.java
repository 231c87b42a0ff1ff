package org.lifeline.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PepperedDigestTest {

    @Test
    void theDigestDependsOnPepperAccountAndCode() {
        PepperedDigest a = digest(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        PepperedDigest b = digest(other);
        String code = "0123456789ABCDEFGHJKMNPQ";
        assertEquals(64, a.of("alice", code).length());
        assertEquals(a.of("alice", code), a.of("alice", code));
        assertNotEquals(a.of("alice", code), a.of("bob", code));
        assertNotEquals(a.of("alice", code), b.of("alice", code));
        // The separator keeps account and code apart: "alice" + "1…" is not "alice1" + "…".
        assertNotEquals(a.of("alice", "1" + code.substring(1)), a.of("alice1", code.substring(1)));
    }

    @Test
    void aServerWithoutAStrongPepperDoesNotStart() {
        assertThrows(IllegalStateException.class, () -> digest(null));
        assertThrows(IllegalStateException.class, () -> digest(new byte[31]));
    }

    private static PepperedDigest digest(byte[] pepper) {
        PepperedDigest digest = new PepperedDigest();
        digest.configuredPepper = Optional.ofNullable(pepper).map(Base64.getEncoder()::encodeToString);
        digest.load();
        return digest;
    }
}
