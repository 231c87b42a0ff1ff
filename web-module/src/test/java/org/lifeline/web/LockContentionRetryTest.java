package org.lifeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.lifeline.shared.LockContentionRetried.Outcome;

class LockContentionRetryTest {

    private final List<Outcome> fired = new ArrayList<>();
    private final List<Long> pauses = new ArrayList<>();

    private LockContentionRetry interceptor(int attempts) {
        LockContentionRetry retry = new LockContentionRetry() {
            @Override
            void counted(Outcome outcome) {
                fired.add(outcome);
            }
        };
        retry.attempts = attempts;
        retry.pause = pauses::add;
        return retry;
    }

    /** Galera's lost certification as the container hands it over: a rolled-back EJB transaction, SQLState 40001. */
    private static Exception lostCertification() {
        return new EJBTransactionRolledbackException(
                "commit failed",
                new RuntimeException(new SQLException("Deadlock found when trying to get lock", "40001", 1213)));
    }

    @Test
    void aRequestThatLostALockRaceRunsAgainAndItsAnswerIsTheSecondAttempts() throws Exception {
        Invocation invocation = new Invocation(
                () -> {
                    throw lostCertification();
                },
                () -> "accepted");
        assertEquals("accepted", interceptor(4).retry(invocation));
        assertEquals(2, invocation.calls);
        assertEquals(List.of(Outcome.RETRIED), fired);
        assertEquals(1, pauses.size());
        assertTrue(pauses.get(0) >= 1 && pauses.get(0) < 20, "a short random pause: " + pauses);
    }

    @Test
    void afterTheLastAttemptTheFailureGoesToTheClient() {
        Exception last = new SQLTransactionRollbackException("deadlock", "40001");
        Invocation invocation = new Invocation(
                () -> {
                    throw lostCertification();
                },
                () -> {
                    throw lostCertification();
                },
                () -> {
                    throw last;
                });
        Exception thrown = assertThrows(Exception.class, () -> interceptor(3).retry(invocation));
        assertSame(last, thrown);
        assertEquals(3, invocation.calls);
        assertEquals(List.of(Outcome.RETRIED, Outcome.RETRIED, Outcome.GAVE_UP), fired);
        assertEquals(2, pauses.size());
        assertTrue(pauses.get(1) < 40, "the pause grows: " + pauses);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        IllegalStateException fault = new IllegalStateException("a fault", new SQLException("syntax", "42000"));
        Invocation invocation = new Invocation(() -> {
            throw fault;
        });
        assertSame(
                fault,
                assertThrows(IllegalStateException.class, () -> interceptor(4).retry(invocation)));
        assertEquals(1, invocation.calls);
        assertEquals(List.of(), fired);
        SQLException outage = new SQLException("connection refused", "08001");
        Invocation unreachable = new Invocation(() -> {
            throw outage;
        });
        assertSame(outage, assertThrows(SQLException.class, () -> interceptor(4).retry(unreachable)));
        assertEquals(1, unreachable.calls, "an unreachable database is not a lock race");
    }

    @Test
    void oneAttemptMeansNoRetry() {
        Invocation invocation = new Invocation(() -> {
            throw lostCertification();
        });
        assertThrows(
                EJBTransactionRolledbackException.class, () -> interceptor(1).retry(invocation));
        assertEquals(1, invocation.calls);
        assertEquals(List.of(Outcome.GAVE_UP), fired);
    }

    /** An invocation whose n-th proceed() runs the n-th step (the last one again after that). */
    private static final class Invocation implements InvocationContext {
        private final List<Callable<Object>> steps;
        int calls;

        @SafeVarargs
        Invocation(Callable<Object>... steps) {
            this.steps = List.of(steps);
        }

        @Override
        public Object proceed() throws Exception {
            return steps.get(Math.min(calls++, steps.size() - 1)).call();
        }

        @Override
        public Method getMethod() {
            try {
                return Invocation.class.getDeclaredMethod("proceed");
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public Object getTarget() {
            return this;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {}

        @Override
        public Map<String, Object> getContextData() {
            return Map.of();
        }
    }
}
