package org.lifeline.it;

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
 * A client that writes its whole body before it reads the answer (Python's {@code http.client}, many scripts) must
 * read the refusal, not a connection reset: the server answers early and then reads and discards the rest of the body,
 * up to the listener's {@code max-post-size} (11 MiB). Past that bound it may close the connection.
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
