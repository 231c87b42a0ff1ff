package org.lifeline.compliance;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.lifeline.shared.InvalidRequestException;

/**
 * The time a run looks at: attempts and uploads from {@code since} (inclusive) to {@code until} (exclusive), and
 * the state of codes as of {@code until}. Travels as two job parameters, so a restarted run keeps its window.
 */
public record AuditWindow(Instant since, Instant until) {

    public static final String SINCE = "since";
    public static final String UNTIL = "until";

    public AuditWindow {
        if (since == null || until == null || !since.isBefore(until)) {
            throw new InvalidRequestException("since must be an instant before the run starts");
        }
    }

    /** The window a run's job parameters carry; null for runs that carry none. */
    public static AuditWindow of(Properties jobParameters) {
        if (jobParameters == null
                || jobParameters.getProperty(SINCE) == null
                || jobParameters.getProperty(UNTIL) == null) {
            return null;
        }
        return parse(jobParameters.getProperty(SINCE), jobParameters.getProperty(UNTIL));
    }

    public static AuditWindow parse(String since, String until) {
        try {
            return new AuditWindow(Instant.parse(since), Instant.parse(until));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("a run window is two ISO-8601 instants", e);
        }
    }

    public Properties asJobParameters() {
        Properties parameters = new Properties();
        parameters.setProperty(SINCE, since.toString());
        parameters.setProperty(UNTIL, until.toString());
        return parameters;
    }
}
