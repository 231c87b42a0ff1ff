package org.lifeline.authenticator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lifeline.crypto.Totp;
import org.lifeline.crypto.TotpAlgorithm;

class OtpAuthUriTest {

    @Test
    void followsTheKeyUriFormat() {
        assertEquals(
                "otpauth://totp/Lifeline:alice%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Lifeline"
                        + "&algorithm=SHA1&digits=6&period=30",
                OtpAuthUri.of(
                        "Lifeline", "alice@example.org", "JBSWY3DPEHPK3PXP", new Totp(TotpAlgorithm.SHA1, 6, 30)));
    }

    @Test
    void encodesSpacesAndSymbolsInLabelAndIssuer() {
        assertEquals(
                "otpauth://totp/ACME%20Co%20%26%20Sons:Jos%C3%A9%20%2B%20phone?secret=ABC&issuer=ACME%20Co%20%26%20Sons"
                        + "&algorithm=SHA256&digits=8&period=60",
                OtpAuthUri.of("ACME Co & Sons", "José + phone", "ABC", new Totp(TotpAlgorithm.SHA256, 8, 60)));
    }
}
