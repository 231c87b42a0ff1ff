package org.lifeline.web.recoverycase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifeline.recoverycase.EvidenceKind;
import org.lifeline.shared.InvalidRequestException;

class EvidenceFormTest {

    static final String BOUNDARY = "----lifeline-test-7MA4YWxkTrZu0gW";
    static final MediaType FORM = new MediaType("multipart", "form-data", Map.of("boundary", BOUNDARY));

    @Test
    void theKindMayComeBeforeTheFile() throws IOException {
        byte[] file = bytes(1000);
        EvidenceForm form = EvidenceForm.of(FORM, body(text("kind", "SELFIE"), file("file", file), end()));
        assertArrayEquals(file, form.content().readAllBytes());
        assertEquals(EvidenceKind.SELFIE, form.kind());
    }

    @Test
    void theKindMayComeAfterTheFileAndOtherFieldsAreSkipped() throws IOException {
        byte[] file = bytes(70_000);
        EvidenceForm form = EvidenceForm.of(
                FORM, body(text("note", "x"), file("file", file), text("kind", " ID_DOCUMENT\r\n"), end()));
        assertArrayEquals(file, form.content().readAllBytes());
        assertEquals(EvidenceKind.ID_DOCUMENT, form.kind());
    }

    @Test
    void aFormWithoutKindSaysSoAfterTheFile() throws IOException {
        EvidenceForm form = EvidenceForm.of(FORM, body(file("file", bytes(10)), end()));
        form.content().readAllBytes();
        assertNull(form.kind());
    }

    /** The file is handed on as it arrives: reading its first bytes reads a buffer of the body, not all of it. */
    @Test
    void theFileStreamsThroughWithoutBeingReadAhead() throws IOException {
        byte[] file = bytes(8 * 1024 * 1024);
        CountingInput source = new CountingInput(body(text("kind", "OTHER"), file("file", file), end()));
        EvidenceForm form = EvidenceForm.of(FORM, source);
        InputStream content = form.content();
        byte[] head = content.readNBytes(16);
        assertArrayEquals(Arrays.copyOf(file, 16), head);
        assertTrue(source.read < 64 * 1024, "read ahead: " + source.read + " bytes");
        content.transferTo(OutputStream.nullOutputStream());
        assertTrue(source.read > file.length);
    }

    @Test
    void refusesWhatIsNotOneFileWithOneKind() {
        assertRefused(body(text("kind", "SELFIE"), end()), "a multipart field 'file' is required");
        assertRefused(body(text("kind", "HOLIDAY"), file("file", bytes(3)), end()), "kind must be one of");
        assertRefused(body(text("kind", "SELFIE"), text("kind", "OTHER"), file("file", bytes(3)), end()), "second");
        assertRefused(body(text("kind", "S".repeat(100)), file("file", bytes(3)), end()), "kind must be one of");
        InvalidRequestException secondFile = assertThrows(InvalidRequestException.class, () -> {
            EvidenceForm form = EvidenceForm.of(FORM, body(file("file", bytes(3)), file("file", bytes(3)), end()));
            form.content().readAllBytes();
            form.kind();
        });
        assertTrue(secondFile.getMessage().contains("second 'file'"), secondFile.getMessage());
    }

    @Test
    void refusesMalformedForms() {
        String part = "--" + BOUNDARY + "\r\n";
        assertRefused(body(part + "Content-Type: text/plain\r\n\r\nabc\r\n", end()), "Content-Disposition");
        assertRefused(body(part + "Content-Disposition: attachment; name=\"file\"\r\n\r\nabc\r\n", end()), "form-data");
        assertRefused(body(part + "Content-Disposition: form-data\r\n\r\nabc\r\n", end()), "name its field");
        assertRefused(
                body(
                        part + "Content-Disposition: form-data; name=\"file\"; filename=\"" + "a".repeat(10_000)
                                + ".png\"\r\n\r\nabc\r\n",
                        end()),
                "not well formed");
        assertRefused(
                body(
                        part + "Content-Disposition: form-data; name=\"file\"\r\n"
                                + "Content-Type: multipart/mixed; boundary=inner\r\n\r\n"
                                + "--inner\r\nContent-Type: image/png\r\n\r\nabc\r\n--inner--\r\n",
                        end()),
                "may not itself be multipart");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            many.append(part)
                    .append("Content-Disposition: form-data; name=\"n")
                    .append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        assertRefused(body(many.toString(), end()), "more than 8 parts");
    }

    @Test
    void refusesABoundaryOutsideRfc2046() {
        for (String boundary : new String[] {"", "x".repeat(71), "a\"b", "ends-with-space "}) {
            MediaType type = new MediaType("multipart", "form-data", Map.of("boundary", boundary));
            assertThrows(InvalidRequestException.class, () -> EvidenceForm.of(type, InputStream.nullInputStream()));
        }
        assertThrows(
                InvalidRequestException.class,
                () -> EvidenceForm.of(new MediaType("multipart", "form-data"), InputStream.nullInputStream()));
    }

    private static void assertRefused(InputStream body, String because) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> {
            EvidenceForm form = EvidenceForm.of(FORM, body);
            form.content().readAllBytes();
            form.kind();
        });
        assertTrue(refused.getMessage().contains(because), refused.getMessage());
    }

    static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static InputStream text(String name, String value) {
        return ascii(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    static InputStream file(String name, byte[] content) {
        return new SequenceInputStream(
                ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
                        + "\"; filename=\"e.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"),
                new SequenceInputStream(new ByteArrayInputStream(content), ascii("\r\n")));
    }

    static InputStream end() {
        return ascii("--" + BOUNDARY + "--\r\n");
    }

    static InputStream body(Object... pieces) {
        InputStream all = InputStream.nullInputStream();
        for (Object piece : pieces) {
            all = new SequenceInputStream(all, piece instanceof String s ? ascii(s) : (InputStream) piece);
        }
        return all;
    }

    static InputStream ascii(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A request body that counts how much of it has been read. */
    static final class CountingInput extends FilterInputStream {
        long read;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
