package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A body over the limits is refused with a 413 problem that reaches the client, however it sends: a client that writes
 * its whole body before it reads the answer (Python's {@code http.client}, many scripts) must read the refusal, not a
 * connection reset, so the server answers early and then reads and discards the rest of the body (up to 64 MiB and
 * 10 s); a body declared longer than the ceiling (the largest evidence file and 1 MiB of form) is refused before
 * anything reads it; one streamed in chunks is refused too. The listener's own limit answered a bare 400 or reset.
 */
class OversizedBodyIT extends DeployedEarTest {

    private static final int TRIES = 20;

    @Test
    void aJsonBodyOverTheLimitIsAnswered413AfterTheClientWroteItAll() throws Exception {
        String user = Tokens.forSubject(Tokens.newAccountId("oversized"), "user");
        byte[] body = ("{\"code\":\"" + "1".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < TRIES; i++) {
            String answer = writeAllThenRead(
                    "POST /api/v1/me/verifications HTTP/1.1\r\nAuthorization: Bearer " + user
                            + "\r\nContent-Type: application/json\r\n",
                    body);
            assertTrue(answer.startsWith("HTTP/1.1 413"), "try " + i + ": " + head(answer));
            assertTrue(answer.contains("payload-too-large"), head(answer));
        }
    }

    /** An evidence upload refused before its file is read (a case that is not the caller's) is answered too. */
    @Test
    void anUploadRefusedBeforeItsFileIsReadIsAnsweredAfterTheClientWroteItAll() throws Exception {
        String user = Tokens.forSubject(Tokens.newAccountId("oversized-upload"), "user");
        String boundary = "oversized";
        byte[] file = new byte[9_000_000];
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        form.writeBytes(file);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < TRIES / 4; i++) {
            String answer = writeAllThenRead(
                    "POST /api/v1/me/recovery-cases/" + java.util.UUID.randomUUID()
                            + "/evidence HTTP/1.1\r\nAuthorization: Bearer " + user
                            + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\n",
                    form.toByteArray());
            assertTrue(answer.startsWith("HTTP/1.1 404"), "try " + i + ": " + head(answer));
        }
    }

    /** Evidence of 12 and 64 MiB, declared: refused at once as too large, read by a client that writes it all. */
    @Test
    void anUploadDeclaredOverTheCeilingIsAnswered413AfterTheClientWroteItAll() throws Exception {
        String user = Tokens.forSubject(Tokens.newAccountId("huge-upload"), "user");
        String caseId = Flows.openCase(api, user);
        for (int mebibytes : new int[] {12, 64}) {
            String answer = writeAllThenRead(
                    "POST /api/v1/me/recovery-cases/" + caseId + "/evidence HTTP/1.1\r\nAuthorization: Bearer " + user
                            + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n",
                    evidenceForm(mebibytes * 1024 * 1024));
            assertTrue(answer.startsWith("HTTP/1.1 413"), mebibytes + " MiB: " + head(answer));
            assertTrue(answer.contains("application/problem+json"), head(answer));
            assertTrue(answer.contains("\"payload-too-large\""), head(answer));
        }
        assertEquals(0, evidenceOf(caseId));
    }

    /** curl sends {@code Expect: 100-continue} for a large body: the refusal comes before any of it is sent. */
    @Test
    void anUploadDeclaredOverTheCeilingIsRefusedBeforeItsBodyIsSent() throws Exception {
        String user = Tokens.forSubject(Tokens.newAccountId("expecting-upload"), "user");
        String caseId = Flows.openCase(api, user);
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /api/v1/me/recovery-cases/" + caseId + "/evidence HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Authorization: Bearer " + user + "\r\nContent-Type: multipart/form-data;"
                                    + " boundary=" + BOUNDARY + "\r\nContent-Length: " + (64 * 1024 * 1024)
                                    + "\r\nExpect: 100-continue\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(400), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), head(answer));
            assertTrue(answer.contains("payload-too-large"), head(answer));
        }
    }

    /** Streamed without a length: a 12 MiB file, and 12 MiB of form before any part, each a problem, never a reset. */
    @Test
    void anUploadStreamedOverTheLimitsIsAProblem() throws Exception {
        String user = Tokens.forSubject(Tokens.newAccountId("chunked-upload"), "user");
        String caseId = Flows.openCase(api, user);
        String head = "POST /api/v1/me/recovery-cases/" + caseId + "/evidence HTTP/1.1\r\nAuthorization: Bearer " + user
                + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n";
        String fileTooLarge = writeAllChunkedThenRead(head, evidenceForm(12 * 1024 * 1024));
        assertTrue(fileTooLarge.startsWith("HTTP/1.1 413"), head(fileTooLarge));
        assertTrue(fileTooLarge.contains("\"payload-too-large\""), head(fileTooLarge));

        ByteArrayOutputStream preamble = new ByteArrayOutputStream();
        preamble.writeBytes("x".repeat(12 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        preamble.writeBytes(evidenceForm(1000));
        String formTooLarge = writeAllChunkedThenRead(head, preamble.toByteArray());
        assertTrue(formTooLarge.matches("(?s)HTTP/1.1 4(00|13) .*"), head(formTooLarge));
        assertTrue(formTooLarge.contains("application/problem+json"), head(formTooLarge));
        assertEquals(0, evidenceOf(caseId));
    }

    private static final String BOUNDARY = "oversized";

    /** A form with {@code kind} and a PDF of {@code size} bytes (its head and tail right, zeros between). */
    private static byte[] evidenceForm(int size) {
        byte[] pdf = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--"
                        + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        form.writeBytes(pdf);
        form.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return form.toByteArray();
    }

    private static long evidenceOf(String caseId) {
        return Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", caseId);
    }

    /** As {@link #writeAllThenRead}, the body in chunks of 64 KiB with no declared length. */
    private String writeAllChunkedThenRead(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: localhost\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int from = 0; from < body.length; from += 65_536) {
                int length = Math.min(body.length, from + 65_536) - from;
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, from, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sends the request line and headers, then the whole body, and only then reads the answer, to its end. */
    private String writeAllThenRead(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: localhost\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int from = 0; from < body.length; from += 65_536) {
                out.write(Arrays.copyOfRange(body, from, Math.min(body.length, from + 65_536)));
            }
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String head(String answer) {
        return answer.length() > 300 ? answer.substring(0, 300) : answer;
    }
}
