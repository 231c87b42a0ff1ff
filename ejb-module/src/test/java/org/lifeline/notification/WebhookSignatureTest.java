package org.lifeline.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The expected value was computed apart: printf '1764090000.{"a":1}' | openssl dgst -sha256 -hmac whsec-test */
    @Test
    void signsTimestampAndBody() {
        assertEquals(
                "t=1764090000,v1=d13aae61f20573159082051a9e54b7011c44a9d98ddefcfa3110fb5af1971567",
                WebhookSignature.header("whsec-test", 1764090000L, "{\"a\":1}"));
    }
}
