package org.lifeline.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lifeline.shared.DatabaseOutage;

/**
 * Anything nothing else explained. The database out of reach is a temporary state, not an incident: 503
 * {@code unavailable} with {@code Retry-After}, and one warning in the log every {@link #WARNING_EVERY_MILLIS} with the
 * number of requests so answered, however many arrive. So is a transaction the database rolled back to break a
 * deadlock (nothing of it written): 503 with {@code Retry-After: 1}, counted and logged the same way. Anything else is
 * an incident: the client gets an incident id to quote; the server log gets the incident id with the failure, for the
 * operator.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    /** Seconds a client is asked to wait while the database is out of reach. */
    static final int OUTAGE_RETRY_AFTER_SECONDS = 5;

    /** Seconds a client is asked to wait after its transaction lost a deadlock: none to speak of. */
    static final int CONTENTION_RETRY_AFTER_SECONDS = 1;

    static final long WARNING_EVERY_MILLIS = 10_000;

    private static final ThrottledWarning OUTAGE = new ThrottledWarning("the database cannot be reached");
    private static final ThrottledWarning CONTENTION =
            new ThrottledWarning("database deadlocks: transactions rolled back");

    @Override
    public Response toResponse(Throwable failure) {
        if (DatabaseOutage.explains(failure)) {
            OUTAGE.count(failure);
            return unavailable(
                    "the service's database cannot be reached; try again shortly", OUTAGE_RETRY_AFTER_SECONDS);
        }
        if (DatabaseOutage.isLockContention(failure)) {
            CONTENTION.count(failure);
            return unavailable(
                    "the request met another on the same data and was undone; send it again",
                    CONTENTION_RETRY_AFTER_SECONDS);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return Problem.of(ProblemCode.INTERNAL_ERROR, "an unexpected error occurred; incident " + incident)
                .toResponse()
                .build();
    }

    private static Response unavailable(String detail, int retryAfterSeconds) {
        return Problem.of(ProblemCode.UNAVAILABLE, detail)
                .toResponse()
                .header("Retry-After", retryAfterSeconds)
                .build();
    }

    /** A warning logged at most once every {@link #WARNING_EVERY_MILLIS}, with how many times it happened since. */
    private static final class ThrottledWarning {
        private final String what;
        private final AtomicLong happened = new AtomicLong();
        private final AtomicLong loggedAt = new AtomicLong();

        ThrottledWarning(String what) {
            this.what = what;
        }

        void count(Throwable failure) {
            long times = happened.incrementAndGet();
            long now = System.currentTimeMillis();
            long last = loggedAt.get();
            if (now - last >= WARNING_EVERY_MILLIS && loggedAt.compareAndSet(last, now)) {
                happened.addAndGet(-times);
                LOG.warning(() -> what + ": " + times + " request(s) answered 503 since the last such message; first"
                        + " cause here: " + rootOf(failure));
            }
        }
    }

    /** The innermost cause's type and message: what the driver or the pool said, never a stack. */
    private static String rootOf(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
