package org.lifeline.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.lifeline.shared.InvalidRequestException;

class AuditWindowTest {

    @Test
    void travelsAsJobParameters() {
        AuditWindow window =
                new AuditWindow(Instant.parse("2026-11-24T02:00:00Z"), Instant.parse("2026-11-25T02:00:00.123456Z"));
        assertEquals(window, AuditWindow.of(window.asJobParameters()));
    }

    @Test
    void sinceComesBeforeUntil() {
        Instant now = Instant.parse("2026-11-25T02:00:00Z");
        assertThrows(InvalidRequestException.class, () -> new AuditWindow(now, now));
        assertThrows(InvalidRequestException.class, () -> new AuditWindow(now.plusSeconds(1), now));
    }

    @Test
    void runsWithoutAWindowHaveNone() {
        assertNull(AuditWindow.of(new Properties()));
        assertNull(AuditWindow.of(null));
    }
}
