package org.lifeline.recoverycode;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * How recovery codes look: 24 characters of Crockford's Base32 (120 random bits), shown in six groups of four,
 * {@code XXXX-XXXX-XXXX-XXXX-XXXX-XXXX}. Typed back in any case, with or without spaces and hyphens, and with
 * Crockford's look-alikes ({@code O} for 0, {@code I} and {@code L} for 1) forgiven.
 */
public final class RecoveryCodeFormat {

    public static final int LENGTH = 24;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodeFormat() {}

    /** A fresh code, normalised (24 characters, no hyphens). */
    public static String generate() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** The code as people read it: groups of four joined by hyphens. */
    public static String display(String normalised) {
        StringBuilder shown = new StringBuilder(LENGTH + LENGTH / 4);
        for (int i = 0; i < normalised.length(); i += 4) {
            shown.append(i == 0 ? "" : "-").append(normalised, i, Math.min(i + 4, normalised.length()));
        }
        return shown.toString();
    }

    /**
     * What someone typed, in canonical form; null when it cannot be a recovery code at all (wrong length or a
     * character outside the alphabet).
     */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '\t' -> {}
                case 'O' -> code.append('0');
                case 'I', 'L' -> code.append('1');
                default -> {
                    if (ALPHABET.indexOf(c) < 0) {
                        return null;
                    }
                    code.append(c);
                }
            }
        }
        return code.length() == LENGTH ? code.toString() : null;
    }
}
