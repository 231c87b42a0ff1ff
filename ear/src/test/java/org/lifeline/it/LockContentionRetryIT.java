package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A verification whose transaction the database rolls back to break a real deadlock is run again and answered, not
 * refused with a 503: the test's own transaction, heavy with 2,000 inserted rows (so InnoDB picks the server's as
 * the victim), holds the account's authenticator row; the server's verification locks the account row and waits for
 * the authenticator (to record the code's step); then the test asks for the account row, closing the cycle. MariaDB rolls the verification back (SQLState
 * 40001), the interceptor runs it again once the test lets go, and the code is accepted once.
 */
class LockContentionRetryIT extends DeployedEarTest {

    @Test
    void aVerificationRolledBackToBreakADeadlockIsRunAgainAndAccepted() throws Exception {
        String account = Tokens.newAccountId("deadlock");
        String user = Tokens.forSubject(account, "user");
        Flows.Enrolled enrolled = Flows.enrollKeepingCodes(api, user);
        String code = enrolled.app().codeAt(AuthenticatorApp.currentStep());
        double retriedBefore = retries("retried");

        ExecutorService client = Executors.newSingleThreadExecutor();
        try (Connection setup = Database.connect()) {
            setup.createStatement()
                    .execute("CREATE TABLE IF NOT EXISTS it_deadlock_ballast (id INT PRIMARY KEY) ENGINE=InnoDB");
            setup.createStatement().execute("DELETE FROM it_deadlock_ballast");
        }
        Future<Api.Reply> verification;
        try (Connection test = Database.connect()) {
            test.setAutoCommit(false);
            try (Statement ballast = test.createStatement()) {
                ballast.execute("INSERT INTO it_deadlock_ballast SELECT seq FROM seq_1_to_2000");
            }
            lock(test, "SELECT id FROM authenticator WHERE account_id = ? FOR UPDATE", account);
            verification = client.submit(() -> api.post("/api/v1/me/verifications", user, Flows.code(code)));
            awaitLockWait(Duration.ofSeconds(20));
            lock(test, "SELECT id FROM account WHERE id = ? FOR UPDATE", account); // the cycle: MariaDB breaks it
            Thread.sleep(200);
            test.rollback();
        } finally {
            try (Connection cleanup = Database.connect()) {
                cleanup.createStatement().execute("DROP TABLE IF EXISTS it_deadlock_ballast");
            }
        }
        Api.Reply answer = verification.get(30, TimeUnit.SECONDS);
        client.shutdown();
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(retries("retried") >= retriedBefore + 1, "the rolled-back verification was run again");
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND outcome = 'SUCCESS'"
                                + " AND purpose = 'VERIFY'",
                        account),
                "accepted once");
    }

    private static void lock(Connection connection, String sql, String id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), sql);
            }
        }
    }

    /**
     * Until the server's verification waits for the authenticator: its connection (the same database user, so visible
     * without the PROCESS privilege) is running the update that records the code's step.
     */
    private static void awaitLockWait(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Database.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"
                        + " AND LOWER(INFO) LIKE 'update authenticator %'")
                == 0) {
            assertTrue(Instant.now().isBefore(deadline), "the verification never waited for the authenticator");
            Thread.sleep(20);
        }
    }

    private static double retries(String outcome) {
        return DomainMetricsIT.sum(
                DomainMetricsIT.scrape(), "lifeline_lock_contention_retries_total", Map.of("outcome", outcome));
    }
}
