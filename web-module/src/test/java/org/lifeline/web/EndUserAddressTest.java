package org.lifeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.InvalidRequestException;

class EndUserAddressTest {

    @Test
    void addressesAreMadeCanonical() {
        assertEquals("203.0.113.7", EndUserAddress.canonical("clientAddress", "203.0.113.7"));
        assertEquals("0.0.0.0", EndUserAddress.canonical("clientAddress", " 0.0.0.0 "));
        assertEquals("2001:db8:0:0:0:0:0:1", EndUserAddress.canonical("clientAddress", "2001:DB8::1"));
        assertEquals("0:0:0:0:0:0:0:1", EndUserAddress.canonical("clientAddress", "::1"));
        assertEquals("192.0.2.33", EndUserAddress.canonical("clientAddress", "::ffff:192.0.2.33"));
    }

    @Test
    void anythingElseIsRefusedWithoutALookup() {
        for (String text : new String[] {
            "999.1.1.1",
            "1.2.3",
            "1.2.3.4.5",
            "01.2.3.4",
            "example.org",
            "localhost",
            "::g",
            ":::",
            "",
            "fe80::1%eth0",
            "1.2.3.4/24",
            "[::1]"
        }) {
            InvalidRequestException refused =
                    assertThrows(InvalidRequestException.class, () -> EndUserAddress.canonical("clientAddress", text));
            assertEquals("clientAddress", refused.field(), text);
        }
    }
}
