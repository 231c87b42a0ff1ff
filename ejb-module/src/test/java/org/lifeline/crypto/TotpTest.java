package org.lifeline.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] SEED20 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED32 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED64 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void rfc6238Vectors(long time, String sha1, String sha256, String sha512) {
        Instant at = Instant.ofEpochSecond(time);
        assertEquals(sha1, codeAt(TotpAlgorithm.SHA1, SEED20, at));
        assertEquals(sha256, codeAt(TotpAlgorithm.SHA256, SEED32, at));
        assertEquals(sha512, codeAt(TotpAlgorithm.SHA512, SEED64, at));
    }

    /** RFC 4226, Appendix D: the HOTP core, counter by counter. */
    @ParameterizedTest
    @CsvSource({
        "0, 755224",
        "1, 287082",
        "2, 359152",
        "3, 969429",
        "4, 338314",
        "5, 254676",
        "6, 287922",
        "7, 162583",
        "8, 399871",
        "9, 520489"
    })
    void rfc4226Vectors(long counter, String code) {
        assertEquals(code, new Totp(TotpAlgorithm.SHA1, 6, 30).codeAt(SEED20, counter));
    }

    @Test
    void onlyTheStepsNextToNowAreAccepted() {
        Totp totp = new Totp(TotpAlgorithm.SHA1, 6, 30);
        Instant now = Instant.parse("2026-11-25T17:00:10Z");
        long current = totp.stepAt(now);
        for (int offset = -2; offset <= 2; offset++) {
            String code = totp.codeAt(SEED20, current + offset);
            OptionalLong matched = totp.matchingStep(SEED20, now, code);
            if (Math.abs(offset) <= 1) {
                assertEquals(OptionalLong.of(current + offset), matched, "offset " + offset);
            } else {
                assertTrue(matched.isEmpty() || matched.getAsLong() != current + offset, "offset " + offset);
            }
        }
    }

    @Test
    void codesKeepTheirLeadingZeros() {
        assertEquals(
                8,
                codeAt(TotpAlgorithm.SHA1, SEED20, Instant.ofEpochSecond(1111111109))
                        .length());
        assertTrue(codeAt(TotpAlgorithm.SHA1, SEED20, Instant.ofEpochSecond(1111111109))
                .startsWith("0"));
    }

    private static String codeAt(TotpAlgorithm algorithm, byte[] seed, Instant at) {
        Totp totp = new Totp(algorithm, 8, 30);
        return totp.codeAt(seed, totp.stepAt(at));
    }
}
