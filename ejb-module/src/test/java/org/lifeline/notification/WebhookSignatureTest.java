package org.lifeline.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The expected value was computed apart: printf '1764090000.{"a":1}' | openssl dgst -sha256 -hmac whsec-test */
    @Test
    void signsTimestampAndBody() {
        assertEquals(
                "t=1764090000,v1=d13aae61f20573159082051a9e54b7011c44a9d98ddefcfa3110fb5af1971567",
                WebhookSignature.header("whsec-test", 1764090000L, "{\"a\":1}"));
    }

    @Test
    void verifiesOnlyTheSameBodyUnderTheSameSecretWithinTheWindow() {
        String header = "t=1764090000,v1=d13aae61f20573159082051a9e54b7011c44a9d98ddefcfa3110fb5af1971567";
        assertTrue(WebhookSignature.verifies("whsec-test", header, "{\"a\":1}", 1764090000L, 300));
        assertTrue(WebhookSignature.verifies("whsec-test", header, "{\"a\":1}", 1764090300L, 300));
        assertFalse(WebhookSignature.verifies("whsec-test", header, "{\"a\":1}", 1764090301L, 300));
        assertFalse(WebhookSignature.verifies("whsec-test", header, "{\"a\":2}", 1764090000L, 300));
        assertFalse(WebhookSignature.verifies("other", header, "{\"a\":1}", 1764090000L, 300));
        assertFalse(WebhookSignature.verifies("whsec-test", null, "{\"a\":1}", 1764090000L, 300));
        assertFalse(WebhookSignature.verifies("whsec-test", "garbage", "{\"a\":1}", 1764090000L, 300));
        assertFalse(WebhookSignature.verifies("whsec-test", "t=x,v1=00", "{\"a\":1}", 1764090000L, 300));
    }
}
