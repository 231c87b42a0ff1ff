package org.lifeline.crypto;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238): the HOTP value (RFC 4226) of the time step. The parameters travel with
 * each authenticator, so a change of the defaults never breaks an enrolled app.
 */
public record Totp(TotpAlgorithm algorithm, int digits, int periodSeconds) {

    public Totp {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("TOTP codes have 6 to 8 digits");
        }
        if (periodSeconds < 15 || periodSeconds > 120) {
            throw new IllegalArgumentException("a TOTP period is 15 to 120 seconds");
        }
    }

    /** The time step containing {@code time}. */
    public long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), periodSeconds);
    }

    /** The code of one time step (the HOTP value of counter {@code step}), zero-padded to {@link #digits}. */
    public String codeAt(byte[] secret, long step) {
        try {
            TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(
                    Duration.ofSeconds(periodSeconds), digits, algorithm.macName());
            int value = totp.generateOneTimePassword(
                    new SecretKeySpec(secret, algorithm.macName()), Instant.ofEpochSecond(step * periodSeconds));
            return String.format("%0" + digits + "d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret is not a valid " + algorithm + " key", e);
        }
    }

    /**
     * The step among {@code now - 1}, {@code now} and {@code now + 1} whose code is {@code code}, or empty. All
     * three are computed and compared in constant time, whichever matches, so timing tells nothing.
     */
    public OptionalLong matchingStep(byte[] secret, Instant now, String code) {
        byte[] offered = code.getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        long matched = Long.MIN_VALUE;
        for (long step = current - 1; step <= current + 1; step++) {
            boolean equal = MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), offered);
            matched = equal ? step : matched;
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }
}
