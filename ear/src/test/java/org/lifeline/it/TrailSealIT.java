package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * A database writer deletes a chain's sealed checkpoint, so that the next run would verify a rewritten chain from its
 * start and seal the forgery: the seal over all checkpoints shows it, to the verification and to every run, and
 * nothing is sealed until the checkpoint is back or an auditor accepts the trail.
 */
class TrailSealIT extends DeployedEarTest {

    private static final String TRAIL = "~audit-trail";

    private final String auditor = Tokens.forSubject("auditor-1", "auditor");
    private final String service = Tokens.forSubject("platform-backend", "service");

    @Test
    void aVanishedCheckpointBreaksTheTrailUntilItIsRestored() {
        AuditRuns runs = new AuditRuns(api);
        String account = accountWithAChain("sealed");
        long firstRun = runs.completed(null).getJsonNumber("runId").longValue();
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_checkpoint WHERE chain_id = ?", account));
        JsonObject seal = api.get("/api/v1/audit-log/seal", auditor).json();
        assertTrue(seal.isNull("brokenAt"), seal::toString);
        JsonObject report =
                api.get("/api/v1/audit-runs/" + firstRun + "/report", auditor).json();
        assertEquals(seal.getString("seal"), report.getJsonObject("trailSeal").getString("seal"), "the report pins it");
        assertTrue(verification().getBoolean("intact"));

        long sequence = Database.count("SELECT sequence_no FROM audit_checkpoint WHERE chain_id = ?", account);
        String hash = Database.string("SELECT entry_hash FROM audit_checkpoint WHERE chain_id = ?", account);
        String checkpointSeal = Database.string("SELECT seal FROM audit_checkpoint WHERE chain_id = ?", account);
        String sealedAt = Database.string("SELECT sealed_at FROM audit_checkpoint WHERE chain_id = ?", account);
        String sealKey = Database.string("SELECT seal_key_id FROM audit_checkpoint WHERE chain_id = ?", account);
        assertEquals(1, Database.update("DELETE FROM audit_checkpoint WHERE chain_id = ?", account));
        try {
            JsonObject broken = verification();
            assertFalse(broken.getBoolean("intact"), broken::toString);
            JsonObject entry = broken.getJsonObject("firstBrokenEntry");
            assertEquals(TRAIL, entry.getString("chainId"), broken::toString);
            assertTrue(entry.getString("reason").contains("vanished"), broken::toString);

            long secondRun = runs.completed(null).getJsonNumber("runId").longValue();
            assertEquals("HIGH", runs.findings(secondRun).get("AUDIT_TRAIL_BROKEN " + TRAIL));
            assertEquals(
                    0,
                    Database.count("SELECT COUNT(*) FROM audit_checkpoint WHERE chain_id = ?", account),
                    "the chain whose checkpoint vanished is not sealed afresh");
            assertFalse(api.get("/api/v1/audit-log/seal", auditor).json().isNull("brokenAt"));
        } finally {
            Database.update(
                    "INSERT INTO audit_checkpoint (chain_id, sequence_no, entry_hash, seal, sealed_at, seal_key_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    account,
                    sequence,
                    hash,
                    checkpointSeal,
                    LocalDateTime.parse(sealedAt.replace(' ', 'T')),
                    sealKey);
        }
        assertTrue(verification().getBoolean("intact"), "restored from a backup");
        long thirdRun = runs.completed(null).getJsonNumber("runId").longValue();
        assertEquals(null, runs.findings(thirdRun).get("AUDIT_TRAIL_BROKEN " + TRAIL));
        assertTrue(api.get("/api/v1/audit-log/seal", auditor).json().isNull("brokenAt"));
    }

    @Test
    void anAuditorAcceptsTheTrailAsItStandsAfterLookingIntoIt() {
        Api.Reply intact = api.post("/api/v1/audit-log/seal/acceptances", auditor, "{\"note\":\"nothing to see\"}");
        assertEquals(409, intact.status(), intact::toString);
        assertProblem(intact, "conflict");
        assertEquals(
                400,
                api.post("/api/v1/audit-log/seal/acceptances", auditor, "{}").status());
        assertEquals(
                403,
                api.post("/api/v1/audit-log/seal/acceptances", service, "{\"note\":\"x\"}")
                        .status());

        AuditRuns runs = new AuditRuns(api);
        String account = accountWithAChain("accepted");
        runs.completed(null);
        assertEquals(1, Database.update("DELETE FROM audit_checkpoint WHERE chain_id = ?", account));
        assertFalse(verification().getBoolean("intact"));

        String ticket = "ticket " + java.util.UUID.randomUUID();
        Api.Reply accepted = api.post(
                "/api/v1/audit-log/seal/acceptances",
                auditor,
                "{\"note\":\"checkpoint lost in a botched restore; chain compared with the SIEM copy; " + ticket
                        + "\"}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertTrue(accepted.json().isNull("brokenAt"), accepted::toString);
        assertTrue(verification().getBoolean("intact"));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE chain_id = '~system'"
                                + " AND event_type = 'AUDIT_TRAIL_ACCEPTED' AND actor_subject = 'auditor-1'"
                                + " AND details LIKE ?",
                        "%" + ticket + "%"));
        runs.completed(null);
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM audit_checkpoint WHERE chain_id = ?", account),
                "chains are sealed again");
    }

    /** A new account, whose chain the next run seals. */
    private String accountWithAChain(String prefix) {
        String account = Tokens.newAccountId(prefix);
        assertEquals(
                201,
                api.put("/api/v1/accounts/" + account, service, "{\"riskTier\":\"STANDARD\"}")
                        .status());
        return account;
    }

    @Test
    void anAccountWhoseWholeChainWasDeletedIsFound() {
        AuditRuns runs = new AuditRuns(api);
        String account = accountWithAChain("chainless");
        // a database writer removes every trace of the account's history: its entries and its chain's head
        assertTrue(Database.update("DELETE FROM audit_event WHERE chain_id = ?", account) >= 1);
        assertEquals(1, Database.update("DELETE FROM audit_chain WHERE id = ?", account));
        try {
            JsonObject broken = verification();
            assertFalse(broken.getBoolean("intact"), broken::toString);
            JsonObject entry = broken.getJsonObject("firstBrokenEntry");
            assertEquals(account, entry.getString("chainId"), broken::toString);
            assertEquals("the account's chain is gone", entry.getString("reason"));

            long run = runs.completed(null).getJsonNumber("runId").longValue();
            assertEquals("HIGH", runs.findings(run).get("AUDIT_TRAIL_BROKEN " + account));
        } finally {
            // the account goes too, so that the trail the later tests verify is whole again
            Database.update("DELETE FROM account WHERE id = ?", account);
        }
        assertTrue(verification().getBoolean("intact"));
    }

    private JsonObject verification() {
        Api.Reply reply = api.get("/api/v1/audit-log/verification", auditor);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
