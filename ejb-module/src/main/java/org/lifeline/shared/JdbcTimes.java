package org.lifeline.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants for statements written with JDBC, in the form Hibernate stores them. */
public final class JdbcTimes {

    private JdbcTimes() {}

    /** The UTC wall-clock time, as {@code hibernate.jdbc.time_zone} UTC stores an Instant in a DATETIME(6). */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
