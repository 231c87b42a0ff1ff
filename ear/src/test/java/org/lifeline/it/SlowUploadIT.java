package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence streams into the database inside its transaction, so a client that sends it slowly holds a pooled
 * connection. Uploaders that stall cannot take more than the node's upload slots (8): the next upload is answered
 * 503 at once, second-factor checks go on meanwhile, and the slots come back when the stalled clients go.
 */
class SlowUploadIT extends DeployedEarTest {

    private static final int SLOTS = 8;

    @Test
    void stalledUploadsHoldTheirSlotsAndNoMore() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < SLOTS; i++) {
                stalled.add(stalledUpload());
            }
            Thread.sleep(1_000); // every stalled upload is inside the server, reading its file

            String user = Tokens.forSubject(Tokens.newAccountId("slow-next"), "user");
            String caseId = Flows.openCase(api, user);
            Api.Reply busy = api.send(new Multipart()
                    .field("kind", "OTHER")
                    .file("file", "statement.pdf", "application/pdf", Multipart.pdf("next"))
                    .post(api.request("/api/v1/me/recovery-cases/" + caseId + "/evidence", user)));
            assertEquals(503, busy.status(), busy::toString);
            assertProblem(busy, "unavailable");
            assertEquals("5", busy.header("Retry-After").orElse(""), busy::toString);

            Api.Reply status = api.get("/api/v1/me/security", user);
            assertEquals(200, status.status(), "the rest of the service answers while uploads stall: " + status);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        String user = Tokens.forSubject(Tokens.newAccountId("slow-after"), "user");
        String caseId = Flows.openCase(api, user);
        long deadline = System.nanoTime() + 30_000_000_000L;
        Api.Reply after;
        do {
            Thread.sleep(200);
            after = api.send(new Multipart()
                    .field("kind", "OTHER")
                    .file("file", "statement.pdf", "application/pdf", Multipart.pdf("after"))
                    .post(api.request("/api/v1/me/recovery-cases/" + caseId + "/evidence", user)));
        } while (after.status() == 503 && System.nanoTime() < deadline);
        assertEquals(201, after.status(), "the slots came back once the stalled clients went: " + after);
    }

    /** An upload that sends its headers and the first bytes of its file, then nothing more. */
    private Socket stalledUpload() throws IOException {
        String user = Tokens.forSubject(Tokens.newAccountId("slow"), "user");
        String caseId = Flows.openCase(api, user);
        String boundary = "stalled-upload";
        String head =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n";
        Socket socket = new Socket(url.getHost(), url.getPort());
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/me/recovery-cases/" + caseId + "/evidence HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + user + "\r\n"
                        + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                        + "Content-Length: 1000000\r\nConnection: close\r\n\r\n" + head)
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertTrue(socket.isConnected());
        return socket;
    }
}
