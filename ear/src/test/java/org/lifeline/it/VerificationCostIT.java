package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a right TOTP code costs the database on the platform's path ({@code POST /accounts/{id}/verifications}): one
 * transaction of at most six statements besides its commit. They are the account and its failure budget, locked
 * and read together; the authenticator with the live recovery-code set; the step's compare-and-set; the attempt;
 * and the pool's two autocommit switches around the transaction. Counted with MariaDB's global statement counters
 * around many verifications in a row, so the server's background work (the outbox sender's polls) fits in a small
 * allowance while a seventh statement a verification would not; pending deliveries are put off for the count.
 */
class VerificationCostIT extends DeployedEarTest {

    private static final int VERIFICATIONS = 80;

    /**
     * Background statements the test server may run meanwhile: a few polls of a few statements each (one burst of 26
     * SELECTs was seen). Less than one statement per verification, so a seventh statement still fails the count.
     */
    private static final int BACKGROUND = 40;

    private static final List<String> COUNTERS =
            List.of("Com_select", "Com_insert", "Com_update", "Com_delete", "Com_set_option", "Com_commit");

    @Test
    void aRightCodeIsOneTransactionOfAtMostSixStatementsBesidesItsCommit() {
        String service = Tokens.forSubject("cost-platform", "service");
        long step = AuthenticatorApp.currentStep();
        List<String> accounts = new ArrayList<>();
        List<AuthenticatorApp> apps = new ArrayList<>();
        for (int i = 0; i < VERIFICATIONS; i++) {
            String account = Tokens.newAccountId("cost");
            accounts.add(account);
            // confirmed with the previous step, so the current one is left for the verification
            apps.add(Flows.enrollAndConfirm(api, Tokens.forSubject(account, "user"), step - 1));
        }
        quietOutbox();
        Map<String, Long> before = counters();
        for (int i = 0; i < VERIFICATIONS; i++) {
            Api.Reply verified = api.post(
                    "/api/v1/accounts/" + accounts.get(i) + "/verifications",
                    service,
                    Flows.code(apps.get(i).codeAt(AuthenticatorApp.currentStep())));
            assertEquals(200, verified.status(), verified::toString);
        }
        Map<String, Long> after = counters();

        long commits = after.get("Com_commit") - before.get("Com_commit");
        long statements = COUNTERS.stream()
                .filter(name -> !name.equals("Com_commit"))
                .mapToLong(name -> after.get(name) - before.get(name))
                .sum();
        String seen = "statements " + statements + ", commits " + commits + " for " + VERIFICATIONS + " verifications: "
                + delta(before, after);
        assertTrue(commits >= VERIFICATIONS && commits <= VERIFICATIONS + BACKGROUND / 4, seen);
        assertTrue(statements <= 6L * VERIFICATIONS + BACKGROUND, seen);
    }

    /**
     * Puts off, by an hour, every delivery still pending, then lets the outbox sender's current pass end: the
     * enrollments just made are told to their owners, and earlier tests leave webhooks to receivers that are gone,
     * retried every few seconds; those deliveries (a locking read and a commit each) would be counted with the
     * verifications. The sender passes every 5 seconds over the ids it read as due at the start of the pass, so
     * the pass running now ends before 1.5 s into the next one, which finds nothing due.
     */
    private static void quietOutbox() {
        Database.update("UPDATE notification SET next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR"
                + " WHERE status = 'PENDING'");
        long pass = 5_000;
        long wait = pass - System.currentTimeMillis() % pass + 1_500;
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new HashMap<>();
        after.forEach((name, value) -> delta.put(name, value - before.get(name)));
        return delta;
    }

    /** The server-wide counters of the statements the test counts. */
    private static Map<String, Long> counters() {
        try (Connection c = Database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", COUNTERS) + "')")) {
            Map<String, Long> values = new HashMap<>();
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
            assertEquals(COUNTERS.size(), values.size(), values::toString);
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
