package org.lifeline.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * A list of server secrets as configuration gives them, {@code id:base64} pairs separated by commas: the one parser
 * of {@link KeyRing}'s encryption keys and {@link DigestKeys}' digest keys. Every fault is an
 * {@link IllegalStateException} that names the setting and, where there is one, the key.
 */
final class KeyList {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    private KeyList() {}

    /**
     * The secrets of {@code list} (the value of {@code setting}), in their order. An id must not be {@code reserved}
     * (null: none is); each secret's length must pass {@code sizeOk}, or the message says it {@code sizeRule}.
     */
    static Map<String, byte[]> parse(
            String setting, String list, String reserved, IntPredicate sizeOk, String sizeRule) {
        Map<String, byte[]> parsed = new LinkedHashMap<>();
        for (String item : list.split(",")) {
            String[] parts = item.strip().split(":", 2);
            if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches() || parts[0].equals(reserved)) {
                throw new IllegalStateException(setting + " must list id:base64 pairs; ids are 1 to 32 letters, digits,"
                        + " . _ -" + (reserved == null ? "" : " (not " + reserved + ", which is taken)"));
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(parts[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("key " + parts[0] + " of " + setting + " is not base64");
            }
            if (!sizeOk.test(secret.length)) {
                throw new IllegalStateException("key " + parts[0] + " of " + setting + " " + sizeRule);
            }
            if (parsed.put(parts[0], secret) != null) {
                throw new IllegalStateException("key " + parts[0] + " is listed twice in " + setting);
            }
        }
        return parsed;
    }
}
