package org.lifeline.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    @Test
    void theDefaultIsDailyAtTwoUtc() {
        ScheduleExpression daily = CronSchedule.parse("0 2 * * *");
        assertEquals("0", daily.getSecond());
        assertEquals("0", daily.getMinute());
        assertEquals("2", daily.getHour());
        assertEquals("*", daily.getDayOfMonth());
        assertEquals("*", daily.getMonth());
        assertEquals("*", daily.getDayOfWeek());
        assertEquals("UTC", daily.getTimezone());
    }

    @Test
    void stepsListsAndRangesPassThrough() {
        ScheduleExpression often = CronSchedule.parse("  */15 1-5 1,15 * Mon-Fri ");
        assertEquals("*/15", often.getMinute());
        assertEquals("1-5", often.getHour());
        assertEquals("1,15", often.getDayOfMonth());
        assertEquals("Mon-Fri", often.getDayOfWeek());
    }

    @Test
    void anythingElseIsRefusedWithAnExample() {
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 2 * *"));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse(null));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 2 * * * *"));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 2 ; * *"));
    }
}
