package org.lifeline.compliance;

import jakarta.ejb.ScheduleExpression;

/**
 * A five-field cron expression ({@code minute hour day-of-month month day-of-week}, UTC) as an EJB calendar
 * schedule. The fields take what EJB schedules take: numbers, {@code *}, lists, ranges and {@code /} steps.
 */
public final class CronSchedule {

    private CronSchedule() {}

    public static ScheduleExpression parse(String cron) {
        String[] fields = cron == null ? new String[0] : cron.strip().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("a schedule has five fields: minute hour day-of-month month"
                    + " day-of-week, such as \"0 2 * * *\"");
        }
        for (String field : fields) {
            if (!field.matches("[0-9*/,\\-A-Za-z]+")) {
                throw new IllegalArgumentException("schedule field \"" + field + "\" is not a cron field");
            }
        }
        return new ScheduleExpression()
                .second("0")
                .minute(fields[0])
                .hour(fields[1])
                .dayOfMonth(fields[2])
                .month(fields[3])
                .dayOfWeek(fields[4])
                .timezone("UTC");
    }
}
