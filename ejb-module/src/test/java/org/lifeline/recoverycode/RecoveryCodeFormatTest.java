package org.lifeline.recoverycode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodeFormatTest {

    private static final String CODE = "0123456789ABCDEFGHJKMNPQ";

    @Test
    void codesAre24CrockfordCharactersShownInSixGroups() {
        String code = RecoveryCodeFormat.generate();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{24}"), code);
        assertTrue(RecoveryCodeFormat.display(code).matches("([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}"));
        assertEquals("0123-4567-89AB-CDEF-GHJK-MNPQ", RecoveryCodeFormat.display(CODE));
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(RecoveryCodeFormat.generate()));
        }
    }

    /** Every character of the alphabet turns up, about equally often: 32 symbols, 5 bits each, 120 bits a code. */
    @Test
    void everySymbolIsUsedAboutEquallyOften() {
        int[] counts = new int[128];
        int codes = 20_000;
        for (int i = 0; i < codes; i++) {
            for (char c : RecoveryCodeFormat.generate().toCharArray()) {
                counts[c]++;
            }
        }
        double expected = codes * 24 / 32.0;
        for (char c : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
            assertTrue(Math.abs(counts[c] - expected) < expected * 0.05, c + ": " + counts[c]);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0123-4567-89AB-CDEF-GHJK-MNPQ",
                "0123456789abcdefghjkmnpq",
                " 0123 4567 89ab cdef ghjk mnpq ",
                "O123-4567-89AB-CDEF-GHJK-MNPQ",
                "0I23-4567-89AB-CDEF-GHJK-MNPQ",
                "0l23-4567-89AB-CDEF-GHJK-MNPQ",
                "0123-4567-89AB-CDEF-GHJK-MNPQ\t"
            })
    void typingIsForgiven(String typed) {
        assertEquals(CODE, RecoveryCodeFormat.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "0123-4567",
                "0123-4567-89AB-CDEF-GHJK-MNPQ-R",
                "0123-4567-89AB-CDEF-GHJK-MNPU",
                "0123_4567_89AB_CDEF_GHJK_MNPQ",
                "０１２３-4567-89AB-CDEF-GHJK-MNPQ",
                "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"
            })
    void anythingElseIsNoCode(String typed) {
        assertNull(RecoveryCodeFormat.normalise(typed));
    }
}
