package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test server's development clock (PUT /dev/clock): moved ahead instead of waiting, always moved back after. */
final class ServerClock {

    private ServerClock() {}

    /** Sets the server's clock {@code offsetSeconds} ahead of real time and checks the server took it. */
    static void set(Api api, String admin, long offsetSeconds) {
        Api.Reply moved = api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":" + offsetSeconds + "}");
        assertEquals(204, moved.status(), moved::toString);
    }
}
