package org.lifeline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityEventTest {

    @Test
    void everyEventTypeHasExactlyOneRecord() throws ReflectiveOperationException {
        Set<AuditEventType> seen = EnumSet.noneOf(AuditEventType.class);
        for (Class<?> permitted : SecurityEvent.class.getPermittedSubclasses()) {
            AuditEventType type = sample(permitted).type();
            assertEquals(true, seen.add(type), type + " has two records");
        }
        assertEquals(EnumSet.allOf(AuditEventType.class), seen);
    }

    @Test
    void detailsAreTheComponentsByNameWithNullsLeftOut() {
        assertEquals(
                Map.of("riskTier", "STANDARD -> HIGH"),
                new SecurityEvent.AccountProfileChanged(null, "STANDARD -> HIGH").details());
        assertEquals(
                Map.of("until", "2026-12-01T10:15:30Z", "lockLevel", "2"),
                new SecurityEvent.AccountLocked(Instant.parse("2026-12-01T10:15:30Z"), 2).details());
        assertEquals(
                Map.of("setId", "s1", "count", "10"), new SecurityEvent.RecoveryCodesIssued("s1", 10, null).details());
    }

    @Test
    void aMapComponentAddsItsEntriesButNeverOverridesAComponent() {
        SecurityEvent reminder = new SecurityEvent.ReminderSent(
                "FEW_CODES_LEFT", "RECOVERY_CODES_LOW", Map.of("remaining", "3", "finding", "forged"));
        assertEquals(
                Map.of("finding", "FEW_CODES_LEFT", "reminder", "RECOVERY_CODES_LOW", "remaining", "3"),
                reminder.details());
    }

    /** An instance of an event record with placeholder values, to ask it its type. */
    static SecurityEvent sample(Class<?> record) throws ReflectiveOperationException {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == int.class
                    ? 0
                    : types[i] == long.class
                            ? 0L
                            : types[i] == boolean.class
                                    ? false
                                    : types[i] == Instant.class
                                            ? Instant.EPOCH
                                            : types[i] == Map.class ? Map.of() : types[i] == String.class ? "x" : null;
        }
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        return (SecurityEvent) canonical.newInstance(values);
    }
}
