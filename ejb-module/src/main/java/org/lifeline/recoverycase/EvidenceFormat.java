package org.lifeline.recoverycase;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats evidence may be in, recognised by their first bytes (magic numbers), never by a declared type or
 * a file name: a text file renamed {@code .png} is not a PNG. What the file shows is its {@link EvidenceKind}.
 */
public enum EvidenceFormat {
    PNG("image/png"),
    JPEG("image/jpeg"),
    PDF("application/pdf"),
    MP4("video/mp4");

    /** Enough bytes to recognise every format. */
    public static final int HEAD_BYTES = 12;

    private final String mediaType;

    EvidenceFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the first bytes show, if it is one of ours. */
    public static Optional<EvidenceFormat> of(byte[] head) {
        return Arrays.stream(values()).filter(type -> type.matches(head)).findFirst();
    }

    private boolean matches(byte[] h) {
        return switch (this) {
            case PNG -> startsWith(h, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case JPEG -> startsWith(h, 0, 0xFF, 0xD8, 0xFF);
            case PDF -> startsWith(h, 0, '%', 'P', 'D', 'F', '-');
            // ISO base media: a box size, then "ftyp" and a brand.
            case MP4 -> startsWith(h, 4, 'f', 't', 'y', 'p') && h.length >= 12;
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
