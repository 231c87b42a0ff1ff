package org.lifeline.recoverycase;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file formats evidence may be in, recognised by their bytes (magic numbers and, for PDF, the trailer every
 * reader starts from), never by a declared type or a file name: a text file renamed {@code .png} is not a PNG, and
 * {@code %PDF-} followed by anything else is not a PDF. What the file shows is its {@link EvidenceKind}.
 */
public enum EvidenceFormat {
    PNG("image/png"),
    JPEG("image/jpeg"),
    PDF("application/pdf"),
    MP4("video/mp4");

    /** Enough bytes to recognise every format. */
    public static final int HEAD_BYTES = 12;

    /** How far from the end a file's trailer may start: PDF readers look for {@code %%EOF} in the last kilobyte. */
    public static final int TAIL_BYTES = 1024;

    /** {@code %PDF-1.0} to {@code %PDF-2.0}, then the end of the line. */
    private static final Pattern PDF_HEADER = Pattern.compile("%PDF-[12]\\.\\d[\\r\\n ]");

    /** The last cross-reference offset and the end marker, with at most blank lines or spaces after it. */
    private static final Pattern PDF_TRAILER = Pattern.compile("startxref[\\r\\n ]+(\\d{1,10})[\\r\\n ]+%%EOF\\s*$");

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

    /**
     * Whether a file of this type that ends with {@code tail} (its last {@link #TAIL_BYTES} bytes, or all of it when
     * shorter) and has {@code size} bytes closes as its format requires. A PDF ends with {@code startxref}, the
     * offset of its cross-reference inside the file, and {@code %%EOF}. Images and videos are not held to a trailer:
     * cameras append data after a JPEG's end, and an MP4 may end with any box.
     */
    public boolean endsWell(byte[] tail, long size) {
        if (this != PDF) {
            return true;
        }
        Matcher trailer = PDF_TRAILER.matcher(new String(tail, StandardCharsets.ISO_8859_1));
        return trailer.find() && Long.parseLong(trailer.group(1)) < size;
    }

    private boolean matches(byte[] h) {
        return switch (this) {
            case PNG -> startsWith(h, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case JPEG -> startsWith(h, 0, 0xFF, 0xD8, 0xFF);
            case PDF ->
                PDF_HEADER.matcher(new String(h, StandardCharsets.ISO_8859_1)).lookingAt();
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
