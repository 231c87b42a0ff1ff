package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test server's development clock (PUT /dev/clock): moved ahead instead of waiting, always moved back after. */
final class ServerClock {

    private ServerClock() {}

    /** Sets the server's clock {@code offsetSeconds} ahead of real time; the answer's status. */
    static int moveTo(Api api, String admin, long offsetSeconds) {
        return api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":" + offsetSeconds + "}")
                .status();
    }

    /** Moves the clock ahead and checks the server took it. */
    static void set(Api api, String admin, long offsetSeconds) {
        assertEquals(204, moveTo(api, admin, offsetSeconds), "the development clock refused the move");
    }
}
