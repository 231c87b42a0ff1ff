package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their body a byte at a time, and clients that connect and say nothing, must not take the
 * server's worker threads (32 on a two-core machine): a body is gathered by the I/O threads before a worker takes the
 * request (the {@code buffer-request} host filter in {@code lifeline.cli}), so an honest client is answered meanwhile.
 * Headers that never end are cut off ({@code request-parse-timeout}, 10 s).
 */
class SlowClientsIT extends DeployedEarTest {

    /** More than the worker threads of any machine the build runs on (16 a core). */
    private static final int SLOW_BODIES = 80;

    private static final int IDLE = 500;

    @Test
    void slowBodiesAndIdleConnectionsLeaveTheWorkersFree() throws Exception {
        String user = Tokens.forSubject(Tokens.newAccountId("slow-body"), "user");
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_BODIES; i++) {
                Socket socket = new Socket(url.getHost(), url.getPort());
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/me/verifications HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + user
                                + "\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                open.add(socket);
            }
            for (int i = 0; i < IDLE; i++) {
                open.add(new Socket(url.getHost(), url.getPort()));
            }
            for (int second = 0; second < 3; second++) {
                Thread.sleep(1_000);
                for (int i = 0; i < SLOW_BODIES; i++) {
                    trickle(open.get(i));
                }
            }
            long start = System.nanoTime();
            Api.Reply honest = api.get("/api/v1/me/security", user);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, honest.status(), honest::toString);
            assertTrue(millis < 2_000, "an honest request waited " + millis + " ms behind slow clients");
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    /** A client that starts its headers and never ends them (slowloris) is disconnected after about 10 s. */
    @Test
    void headersThatNeverEndAreCutOff() throws Exception {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write("GET /api/v1/me/security HTTP/1.1\r\nHost: localhost\r\nX-Slow: a"
                            .getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            int read;
            try {
                read = socket.getInputStream().read();
            } catch (IOException reset) {
                read = -1;
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000;
            assertEquals(-1, read, "the server answered headers that never ended");
            assertTrue(seconds >= 8 && seconds <= 20, "disconnected after " + seconds + " s");
        }
    }

    private static void trickle(Socket socket) {
        try {
            socket.getOutputStream().write(' ');
            socket.getOutputStream().flush();
        } catch (IOException closedByTheServer) {
            // a server may drop a client this slow; that is allowed
        }
    }
}
