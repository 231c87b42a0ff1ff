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
 * {@code unavailable} with {@code Retry-After}, and one warning in the log every {@link #OUTAGE_LOG_MILLIS} with the
 * number of requests so answered, however many arrive. So is a transaction the database rolled back to break a
 * deadlock (nothing of it written): 503 with {@code Retry-After: 1}, counted and logged the same way. Anything else is an incident: the client gets an incident id to
 * quote; the server log gets the incident id with the failure, for the operator.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    /** Seconds a client is asked to wait while the database is out of reach. */
    static final int OUTAGE_RETRY_AFTER_SECONDS = 5;

    static final long OUTAGE_LOG_MILLIS = 10_000;

    /** Seconds a client is asked to wait after its transaction lost a deadlock: none to speak of. */
    static final int CONTENTION_RETRY_AFTER_SECONDS = 1;

    private static final AtomicLong CONTENTION_ANSWERS = new AtomicLong();
    private static final AtomicLong CONTENTION_LOGGED_AT = new AtomicLong();

    private static final AtomicLong OUTAGE_ANSWERS = new AtomicLong();
    private static final AtomicLong OUTAGE_LOGGED_AT = new AtomicLong();

    @Override
    public Response toResponse(Throwable failure) {
        if (DatabaseOutage.explains(failure)) {
            reportOutage(failure);
            return Problem.of(ProblemCode.UNAVAILABLE, "the service's database cannot be reached; try again shortly")
                    .toResponse()
                    .header("Retry-After", OUTAGE_RETRY_AFTER_SECONDS)
                    .build();
        }
        if (DatabaseOutage.isLockContention(failure)) {
            reportContention(failure);
            return Problem.of(
                            ProblemCode.UNAVAILABLE,
                            "the request met another on the same data and was undone; send it again")
                    .toResponse()
                    .header("Retry-After", CONTENTION_RETRY_AFTER_SECONDS)
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return Problem.of(ProblemCode.INTERNAL_ERROR, "an unexpected error occurred; incident " + incident)
                .toResponse()
                .build();
    }

    private static void reportOutage(Throwable failure) {
        long answered = OUTAGE_ANSWERS.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = OUTAGE_LOGGED_AT.get();
        if (now - last >= OUTAGE_LOG_MILLIS && OUTAGE_LOGGED_AT.compareAndSet(last, now)) {
            OUTAGE_ANSWERS.addAndGet(-answered);
            LOG.warning(() -> "the database cannot be reached: " + answered + " request(s) answered 503 since the"
                    + " last such message; first cause here: " + rootOf(failure));
        }
    }

    private static void reportContention(Throwable failure) {
        long answered = CONTENTION_ANSWERS.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = CONTENTION_LOGGED_AT.get();
        if (now - last >= OUTAGE_LOG_MILLIS && CONTENTION_LOGGED_AT.compareAndSet(last, now)) {
            CONTENTION_ANSWERS.addAndGet(-answered);
            LOG.warning(() -> "database deadlocks: " + answered + " request(s) rolled back and answered 503 since the"
                    + " last such message; first cause here: " + rootOf(failure));
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
