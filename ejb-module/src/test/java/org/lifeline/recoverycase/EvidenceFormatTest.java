package org.lifeline.recoverycase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceFormatTest {

    /** The smallest file every PDF reader opens: header, one object, cross-reference, trailer. */
    static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n"
            + "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n"
            + "trailer<</Size 2/Root 1 0 R>>\nstartxref\n40\n%%EOF\n";

    @Test
    void aPdfIsItsHeaderAndItsTrailer() {
        byte[] pdf = MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.of(EvidenceFormat.PDF), EvidenceFormat.of(head(pdf)));
        assertTrue(EvidenceFormat.PDF.endsWell(pdf, pdf.length));
        assertTrue(EvidenceFormat.PDF.endsWell("startxref\r\n12\r\n%%EOF".getBytes(StandardCharsets.US_ASCII), 100));
    }

    @Test
    void aPdfHeaderFollowedByAnythingElseIsNoPdf() {
        assertEquals(Optional.empty(), EvidenceFormat.of(head(bytes("%PDF-<html><script>alert(1)</script>"))));
        assertEquals(Optional.empty(), EvidenceFormat.of(head(bytes("%PDF-9.9\n"))));
        byte[] polyglot = bytes("%PDF-1.4\n<html><body><script>fetch('/api/v1')</script></body></html>\n");
        assertFalse(EvidenceFormat.PDF.endsWell(polyglot, polyglot.length), "no trailer");
        byte[] eofOnly = bytes("%PDF-1.4\n%%EOF\n");
        assertFalse(EvidenceFormat.PDF.endsWell(eofOnly, eofOnly.length), "no cross-reference offset");
        byte[] outside = bytes("%PDF-1.4\nstartxref\n999999\n%%EOF\n");
        assertFalse(EvidenceFormat.PDF.endsWell(outside, outside.length), "an offset past the end of the file");
        byte[] trailing = bytes("%PDF-1.4\nstartxref\n9\n%%EOF\n<script>alert(1)</script>");
        assertFalse(EvidenceFormat.PDF.endsWell(trailing, trailing.length), "anything after the end marker");
    }

    @Test
    void imagesAndVideosAreJudgedByTheirFirstBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertEquals(Optional.of(EvidenceFormat.PNG), EvidenceFormat.of(png));
        assertEquals(
                Optional.of(EvidenceFormat.JPEG),
                EvidenceFormat.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
        assertEquals(Optional.of(EvidenceFormat.MP4), EvidenceFormat.of(bytes("\0\0\0\u0018ftypisom")));
        assertEquals(Optional.empty(), EvidenceFormat.of(bytes("GIF89a")));
        assertTrue(EvidenceFormat.JPEG.endsWell(bytes("anything a camera appends"), 25));
    }

    @Test
    void theMeterKeepsTheLastKilobyteAcrossReads() throws IOException {
        byte[] file = new byte[5000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i;
        }
        MeteredInput in = new MeteredInput(new ByteArrayInputStream(file), 10_000);
        byte[] buffer = new byte[333];
        while (in.read(buffer, 0, buffer.length) >= 0) {
            // read it all, in pieces that do not divide the tail
        }
        assertArrayEquals(Arrays.copyOfRange(file, 5000 - EvidenceFormat.TAIL_BYTES, 5000), in.tail());
        MeteredInput small = new MeteredInput(new ByteArrayInputStream(bytes("%PDF-1.4\n")), 10_000);
        small.readAllBytes();
        assertArrayEquals(bytes("%PDF-1.4\n"), small.tail());
    }

    private static byte[] head(byte[] file) {
        return Arrays.copyOf(file, Math.min(file.length, EvidenceFormat.HEAD_BYTES));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
