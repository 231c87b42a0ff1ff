package org.lifeline.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.shared.DatabaseOutage;
import org.lifeline.shared.LockContentionRetried;
import org.lifeline.shared.LockContentionRetried.Outcome;

/**
 * Runs a {@link RetriesLockContention} request again when its transaction was rolled back to settle a lock race: a
 * deadlock on one MariaDB, or on MariaDB Galera a transaction that lost certification at commit to one of another
 * node (both SQLState class 40, "transaction rollback": nothing written). At most
 * {@code lifeline.database.lock-contention-attempts} attempts in all (6), a short random pause between them (up to
 * 20, 40, 80, 160, 320 ms), so two requests that collided do not collide again in step (with 4, one of 32 requests
 * racing one account on two Galera nodes lost all its attempts once, on a machine whose cores were busy). The last
 * failure goes to the client as the 503 it always was. Every retry and every give-up is counted
 * ({@code lifeline_lock_contention_retries_total}).
 * MicroProfile Fault Tolerance's {@code @Retry} matches the exception's class, not a cause's SQLState, hence this.
 */
@RetriesLockContention
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class LockContentionRetry {

    private static final Logger LOG = Logger.getLogger(LockContentionRetry.class.getName());

    /** How the interceptor waits between attempts; a test replaces it. */
    interface Pause {
        void millis(long millis) throws InterruptedException;
    }

    @Inject
    @ConfigProperty(name = "lifeline.database.lock-contention-attempts", defaultValue = "6")
    int attempts;

    @Inject
    Event<LockContentionRetried> retried;

    Pause pause = Thread::sleep;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception failure) {
                if (!DatabaseOutage.isLockContention(failure)) {
                    throw failure;
                }
                if (attempt >= Math.max(1, attempts)) {
                    counted(Outcome.GAVE_UP);
                    LOG.warning(() -> invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                            + invocation.getMethod().getName() + " lost a lock race " + attempts
                            + " times in a row: answered 503");
                    throw failure;
                }
                counted(Outcome.RETRIED);
                int lost = attempt;
                LOG.log(
                        Level.FINE,
                        () -> invocation.getMethod().getName() + " lost a lock race (attempt " + lost
                                + "): running it again");
                pause.millis(ThreadLocalRandom.current().nextLong(1, 10L << attempt));
            }
        }
    }

    /** Publishes the retry or give-up, for the metrics. */
    void counted(Outcome outcome) {
        retried.fire(new LockContentionRetried(outcome));
    }
}
