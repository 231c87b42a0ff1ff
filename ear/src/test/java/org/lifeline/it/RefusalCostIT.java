package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every refusal costs the same: a code that was once valid (a used recovery code, a replayed TOTP code) must not take
 * more work than one that never was, or the answer's latency tells an attacker "this code was good once". Counted as
 * the statements each kind of refusal runs in MariaDB (200 of each kind, interleaved, each on an account of its own
 * budget), so the check does not depend on timing; the median latencies are printed with them for the record.
 */
class RefusalCostIT extends DeployedEarTest {

    private static final int EACH = 200;

    /**
     * Statements the server's background work (the outbox lanes' polls) may add to one kind over the measurement:
     * well under the 200 that one more statement a refusal would add (a replay's compare-and-set was one; a used
     * code's audit entry and chain head were three).
     */
    private static final int BACKGROUND = 60;

    private static final List<String> COUNTERS =
            List.of("Com_select", "Com_insert", "Com_update", "Com_delete", "Com_set_option", "Com_commit");

    enum Kind {
        WRONG_TOTP,
        REPLAYED_TOTP,
        UNKNOWN_RECOVERY_CODE,
        USED_RECOVERY_CODE
    }

    record Owner(String account, AuthenticatorApp app, String usedRecoveryCode, String unusedRecoveryCode) {}

    @Test
    void aCodeThatWasOnceValidIsRefusedWithTheSameWorkAsOneThatNeverWas() {
        String service = Tokens.forSubject("refusal-cost-platform", "service");
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            owners.add(enrolledWithOneCodeUsed(service));
        }
        // every account's last accepted step is now, so the code of this step is a replay for the next minute
        long step = AuthenticatorApp.currentStep();
        Database.update(
                "UPDATE authenticator SET last_used_step = ? WHERE account_id LIKE 'refusal-cost-%' AND status = 'ACTIVE'",
                step);
        quietOutbox();

        Map<Kind, Long> statements = new EnumMap<>(Kind.class);
        Map<Kind, long[]> nanos = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            statements.put(kind, 0L);
            nanos.put(kind, new long[EACH]);
        }
        for (int i = 0; i < EACH; i++) {
            Owner owner = owners.get(i);
            // another owner's unused code: well formed, never this account's
            String stranger = owners.get((i + 1) % EACH).unusedRecoveryCode();
            for (Kind kind : Kind.values()) {
                String body = switch (kind) {
                    case WRONG_TOTP -> Flows.code(owner.app().codeAt(step + 100));
                    case REPLAYED_TOTP -> Flows.code(owner.app().codeAt(step));
                    case UNKNOWN_RECOVERY_CODE -> recoveryCode(stranger);
                    case USED_RECOVERY_CODE -> recoveryCode(owner.usedRecoveryCode());
                };
                long before = statementCount();
                long start = System.nanoTime();
                Api.Reply refused = api.post("/api/v1/accounts/" + owner.account() + "/verifications", service, body);
                nanos.get(kind)[i] = System.nanoTime() - start;
                statements.merge(kind, statementCount() - before, Long::sum);
                assertEquals(422, refused.status(), () -> kind + ": " + refused);
            }
        }
        assertEquals(EACH, refusalsFor("REPLAY"), "every replayed code was refused as a replay");
        assertEquals(EACH, refusalsFor("RECOVERY_CODE_REUSE"), "every used recovery code was refused as reused");

        StringBuilder seen = new StringBuilder();
        for (Kind kind : Kind.values()) {
            long[] sorted = nanos.get(kind).clone();
            Arrays.sort(sorted);
            seen.append(String.format(
                    "%s: %d statements, median %.2f ms; ", kind, statements.get(kind), sorted[EACH / 2] / 1_000_000.0));
        }
        System.out.println("[refusal cost] " + EACH + " of each: " + seen);
        // a TOTP code and a recovery code may cost differently (the kind is no secret): within a kind, no difference
        assertTrue(
                Math.abs(statements.get(Kind.REPLAYED_TOTP) - statements.get(Kind.WRONG_TOTP)) <= BACKGROUND,
                seen::toString);
        assertTrue(
                Math.abs(statements.get(Kind.USED_RECOVERY_CODE) - statements.get(Kind.UNKNOWN_RECOVERY_CODE))
                        <= BACKGROUND,
                seen::toString);
    }

    private Owner enrolledWithOneCodeUsed(String service) {
        String account = Tokens.newAccountId("refusal-cost");
        String user = Tokens.forSubject(account, "user");
        AuthenticatorApp app = Flows.enroll(api, user);
        Api.Reply confirmed = api.post(
                "/api/v1/me/authenticator/confirm", user, Flows.code(app.codeAt(AuthenticatorApp.currentStep())));
        assertEquals(200, confirmed.status(), confirmed::toString);
        List<String> codes = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        Api.Reply used =
                api.post("/api/v1/accounts/" + account + "/verifications", service, recoveryCode(codes.get(0)));
        assertEquals(200, used.status(), used::toString);
        return new Owner(account, app, codes.get(0), codes.get(1));
    }

    private static String recoveryCode(String code) {
        return "{\"recoveryCode\":\"" + code + "\"}";
    }

    private static long refusalsFor(String reason) {
        return Database.count(
                "SELECT COUNT(*) FROM verification_attempt WHERE account_id LIKE 'refusal-cost-%' AND reason = ?",
                reason);
    }

    /** Puts off every pending delivery by an hour and lets the lanes' current passes end, as VerificationCostIT. */
    private static void quietOutbox() {
        Database.update("UPDATE notification SET next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR"
                + " WHERE status = 'PENDING'");
        try {
            Thread.sleep(6_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server-wide count of the statements of the kinds a verification runs. */
    private static long statementCount() {
        try (Connection c = Database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", COUNTERS) + "')")) {
            long total = 0;
            while (rs.next()) {
                total += rs.getLong(2);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
