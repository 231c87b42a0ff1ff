package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evidence for a security reset: judged by its bytes, bounded, stored sealed, read by support under audit. */
class EvidenceIT extends DeployedEarTest {

    private static final String CASE =
            "{\"reason\":\"STOLEN_DEVICE\",\"description\":\"Phone stolen\"," + "\"contactEmail\":\"me@example.org\"}";

    private String account;
    private String user;
    private String caseId;

    @BeforeEach
    void openCase() {
        account = Tokens.newAccountId("evidence");
        user = Tokens.forSubject(account, "user");
        caseId = api.post("/api/v1/me/recovery-cases", user, CASE).json().getString("id");
    }

    @Test
    void aPngIsStoredSealedAndSupportReadsItBack() throws Exception {
        byte[] png = png();
        Api.Reply added = upload("passport.png", "image/png", png, "ID_DOCUMENT");
        assertEquals(201, added.status(), added::toString);
        JsonObject evidence = added.json();
        assertEquals("ID_DOCUMENT", evidence.getString("kind"));
        assertEquals("image/png", evidence.getString("contentType"));
        assertEquals(png.length, evidence.getInt("size"));
        assertEquals(sha256(png), evidence.getString("sha256"));

        byte[] stored = storedContent(evidence.getString("evidenceId"));
        assertEquals(12 + png.length + 16, stored.length, "one segment: nonce, ciphertext, tag");
        assertFalse(contains(stored, Arrays.copyOfRange(png, 0, 16)), "the stored bytes hold the plaintext");

        String support = Tokens.forSubject("agent-1", "support");
        HttpResponse<byte[]> read = api.raw(api.request(
                        "/api/v1/recovery-cases/" + caseId + "/evidence/" + evidence.getString("evidenceId"), support)
                .setHeader("Accept", "*/*")
                .GET());
        assertEquals(200, read.statusCode());
        assertEquals("image/png", read.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(png, read.body());
        // a hostile file opened from the console must not run in its origin, nor be sniffed into something else
        assertEquals(
                "nosniff", read.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "sandbox", read.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(
                read.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
                read.headers()::toString);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'RECOVERY_CASE_EVIDENCE_READ'",
                        account));
        assertEquals(
                1,
                api.get("/api/v1/recovery-cases/" + caseId, support)
                        .json()
                        .getJsonArray("evidence")
                        .size());
    }

    @Test
    void aTextFileRenamedPngIs415() {
        Api.Reply refused = upload(
                "passport.png",
                "image/png",
                "this is not an image, whatever its name says".getBytes(StandardCharsets.UTF_8),
                "ID_DOCUMENT");
        assertEquals(415, refused.status(), refused::toString);
        assertProblem(refused, "unsupported-media-type");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", caseId));
    }

    @Test
    void aPdfHeaderBeforeSomethingElseIsRefused() {
        for (String forged : new String[] {
            "%PDF-<html><script>fetch('/api/v1/recovery-cases')</script></html>",
            "%PDF-1.4\n<html><script>fetch('/api/v1/recovery-cases')</script></html>\n",
            "%PDF-1.4\nstartxref\n9\n%%EOF\n<script>alert(document.domain)</script>\n"
        }) {
            Api.Reply refused =
                    upload("statement.pdf", "application/pdf", forged.getBytes(StandardCharsets.UTF_8), "OTHER");
            assertEquals(415, refused.status(), refused::toString);
            assertProblem(refused, "unsupported-media-type");
        }
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", caseId));
        assertEquals(
                201,
                upload("statement.pdf", "application/pdf", Multipart.pdf("real"), "OTHER")
                        .status());
    }

    @Test
    void aFileOverTenMegabytesIs413() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        Api.Reply refused = upload("statement.pdf", "application/pdf", big, "OTHER");
        assertEquals(413, refused.status(), refused::toString);
        assertProblem(refused, "payload-too-large");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", caseId));
    }

    @Test
    void aCaseTakesTenFilesAndIsSubmittedWithEvidenceOnly() {
        Api.Reply empty = api.post("/api/v1/me/recovery-cases/" + caseId + "/submit", user, "");
        assertEquals(409, empty.status(), empty::toString);
        byte[] pdf = Multipart.pdf("tiny");
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    201,
                    upload("doc" + i + ".pdf", "application/pdf", pdf, "OTHER").status());
        }
        Api.Reply eleventh = upload("doc10.pdf", "application/pdf", pdf, "OTHER");
        assertEquals(413, eleventh.status(), eleventh::toString);

        Api.Reply submitted = api.post("/api/v1/me/recovery-cases/" + caseId + "/submit", user, "");
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        assertEquals(10, submitted.json().getJsonArray("evidence").size());
        assertEquals(409, upload("late.pdf", "application/pdf", pdf, "OTHER").status());
    }

    @Test
    void anotherAccountsCaseTakesNoEvidenceAndBadKindsAreRefused() throws Exception {
        String mallory = Tokens.forSubject(Tokens.newAccountId("mallory"), "user");
        Api.Reply theirs = api.send(new Multipart()
                .field("kind", "SELFIE")
                .file("file", "me.png", "image/png", png())
                .post(api.request("/api/v1/me/recovery-cases/" + caseId + "/evidence", mallory)));
        assertEquals(404, theirs.status(), theirs::toString);
        assertEquals(400, upload("me.png", "image/png", png(), "HOLIDAY_PHOTO").status());
        Api.Reply noFile = api.send(new Multipart()
                .field("kind", "SELFIE")
                .post(api.request("/api/v1/me/recovery-cases/" + caseId + "/evidence", user)));
        assertEquals(400, noFile.status(), noFile::toString);
    }

    /**
     * The web layer passes a missing kind on as null, so the service contract's own constraint answers: proof that
     * the container validates the business interface and that its refusal keeps the problem's violations shape.
     */
    @Test
    void theServiceContractRefusesAMissingKindByName() throws Exception {
        Api.Reply noKind = api.send(new Multipart()
                .file("file", "me.png", "image/png", png())
                .post(api.request("/api/v1/me/recovery-cases/" + caseId + "/evidence", user)));
        assertEquals(400, noKind.status(), noKind::toString);
        assertProblem(noKind, "invalid-request");
        JsonObject violation = noKind.json().getJsonArray("violations").getJsonObject(0);
        assertEquals("kind", violation.getString("field"), noKind::toString);
        assertEquals("is required: ID_DOCUMENT, SELFIE, VIDEO_STATEMENT or OTHER", violation.getString("message"));
    }

    /** API.md lists the fields as "file, kind": a form in that order is taken as well, the kind read after the file. */
    @Test
    void theKindMayFollowTheFile() throws Exception {
        Api.Reply added = api.send(new Multipart()
                .file("file", "me.png", "image/png", png())
                .field("kind", "SELFIE")
                .post(api.request("/api/v1/me/recovery-cases/" + caseId + "/evidence", user)));
        assertEquals(201, added.status(), added::toString);
        assertEquals("SELFIE", added.json().getString("kind"));
        assertEquals(
                "SELFIE",
                Database.string(
                        "SELECT kind FROM recovery_case_evidence WHERE id = ?",
                        added.json().getString("evidenceId")));
    }

    /**
     * Forms a fuzzer sends: each a 400 problem naming what is wrong, none a 500, and nothing stored. A file name of
     * 1,500 characters (over the line limit of the parser the server ships) is fine.
     */
    @Test
    void malformedFormsAreRefusedAsSuch() throws Exception {
        String path = "/api/v1/me/recovery-cases/" + caseId + "/evidence";
        Api.Reply longName = api.send(new Multipart()
                .field("kind", "SELFIE")
                .file("file", "a".repeat(1500) + ".png", "image/png", png())
                .post(api.request(path, user)));
        assertEquals(201, longName.status(), longName::toString);
        String boundary = "fuzz-boundary";
        String[] bodies = {
            "--" + boundary + "\r\nContent-Type: image/png\r\n\r\nabc\r\n--" + boundary + "--\r\n",
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + "a".repeat(9000)
                    + "\"\r\n\r\nabc\r\n--" + boundary + "--\r\n",
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSELFIE\r\n--" + boundary
                    + "--\r\n",
            "no boundary at all",
            "",
        };
        for (String body : bodies) {
            Api.Reply refused = api.send(api.request(path, user)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(400, refused.status(), refused::toString);
            assertProblem(refused, "invalid-request");
        }
        Api.Reply noBoundary = api.send(api.request(path, user)
                .header("Content-Type", "multipart/form-data")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(400, noBoundary.status(), noBoundary::toString);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", caseId));
    }

    @Test
    void aLargeFileGoesInSegmentsAndComesBackWholeOrNotAtAll() throws Exception {
        // 2.5 MiB: ten sealed segments of at most 256 KiB, each row on its own
        byte[] large = new byte[2_621_440];
        new java.util.Random(3).nextBytes(large);
        System.arraycopy(png(), 0, large, 0, 16);
        Api.Reply added = upload("selfie.png", "image/png", large, "SELFIE");
        assertEquals(201, added.status(), added::toString);
        String evidenceId = added.json().getString("evidenceId");
        assertEquals(
                10,
                Database.count(
                        "SELECT COUNT(*) FROM recovery_case_evidence_segment WHERE evidence_id = ?", evidenceId));
        String support = Tokens.forSubject("agent-1", "support");
        HttpResponse<byte[]> read =
                api.raw(api.request("/api/v1/recovery-cases/" + caseId + "/evidence/" + evidenceId, support)
                        .setHeader("Accept", "*/*")
                        .GET());
        assertEquals(200, read.statusCode());
        assertEquals(
                String.valueOf(large.length),
                read.headers().firstValue("Content-Length").orElse(""));
        assertArrayEquals(large, read.body());

        // a database writer cuts the file short: what was sealed as the ninth of ten is not the last one
        Database.update(
                "DELETE FROM recovery_case_evidence_segment WHERE evidence_id = ? AND segment_no = 9", evidenceId);
        byte[] cut;
        try {
            cut = api.raw(api.request("/api/v1/recovery-cases/" + caseId + "/evidence/" + evidenceId, support)
                            .setHeader("Accept", "*/*")
                            .GET())
                    .body();
        } catch (RuntimeException aborted) {
            cut = null; // the answer was cut off mid-body: the client sees fewer bytes than announced
        }
        assertFalse(cut != null && Arrays.equals(large, cut), "a file cut short is never served as whole");
    }

    private Api.Reply upload(String name, String type, byte[] content, String kind) {
        return api.send(new Multipart()
                .field("kind", kind)
                .file("file", name, type, content)
                .post(api.request("/api/v1/me/recovery-cases/" + caseId + "/evidence", user)));
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            image.setRGB(x, x % 48, 0xFF0000 + x);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "PNG", out);
        return out.toByteArray();
    }

    private static byte[] storedContent(String evidenceId) throws Exception {
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement("SELECT content FROM recovery_case_evidence_segment"
                        + " WHERE evidence_id = ? AND segment_no = 0")) {
            s.setString(1, evidenceId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
