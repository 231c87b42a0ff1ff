package org.lifeline.it;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What the phone does: holds the Base32 secret it was given and shows the code of a time step. */
record AuthenticatorApp(String base32Secret) {

    static final int PERIOD = 30;

    static long currentStep() {
        return Instant.now().getEpochSecond() / PERIOD;
    }

    /**
     * Waits, if needed, until the current step has at least {@code seconds} left, so that a test's codes do not
     * move into the next step while it runs.
     */
    static void awaitStepWithAtLeast(int seconds) {
        long intoStep = Instant.now().getEpochSecond() % PERIOD;
        if (PERIOD - intoStep < seconds) {
            try {
                Thread.sleep((PERIOD - intoStep) * 1000 + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    String codeAt(long step) {
        try {
            TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(PERIOD));
            int code = totp.generateOneTimePassword(
                    new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"),
                    Instant.ofEpochSecond(step * PERIOD));
            return String.format("%06d", code);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String currentCode() {
        return codeAt(currentStep());
    }

    /** A six-digit string that is no code of the window around now. */
    String wrongCode() {
        return wrongCodeAt(0);
    }

    /** The code of the step the server is in when its clock is {@code offsetSeconds} ahead. */
    String codeAtOffset(long offsetSeconds) {
        return codeAt(stepAtOffset(offsetSeconds));
    }

    static long stepAtOffset(long offsetSeconds) {
        return (Instant.now().getEpochSecond() + offsetSeconds) / PERIOD;
    }

    /** A six-digit string that is no code of the window around the server's clock, {@code offsetSeconds} ahead. */
    String wrongCodeAt(long offsetSeconds) {
        long step = stepAtOffset(offsetSeconds);
        Set<String> window = new HashSet<>();
        for (long s = step - 2; s <= step + 2; s++) {
            window.add(codeAt(s));
        }
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!window.contains(code)) {
                return code;
            }
        }
    }
}
