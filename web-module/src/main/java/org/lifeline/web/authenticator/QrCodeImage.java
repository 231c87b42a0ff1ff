package org.lifeline.web.authenticator;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.EncodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A QR code of a text, as PNG or SVG, drawn by ZXing with a quiet zone phone cameras need. ZXing's writer picks the
 * mask by the standard's penalty score alone, and its own reader then missed about one enrollment code in forty
 * (version 8 codes with mask 2, here); so each code is read back before it is served, and when it does not read,
 * the next mask is taken until one does.
 */
public final class QrCodeImage {

    private static final int PNG_SIZE = 320;
    private static final int QUIET_ZONE = 4;

    /** The masks tried in turn: the writer's own choice first, then each of the standard's eight. */
    private static final List<Integer> MASKS = List.of(-1, 0, 1, 2, 3, 4, 5, 6, 7);

    private QrCodeImage() {}

    public static byte[] png(String text) {
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(readable(text).pixels(), "PNG", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One module per unit, one path for all dark modules: small, and sharp at any size. */
    public static String svg(String text) {
        BitMatrix modules = matrix(text, 0, readable(text).mask());
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The code drawn at the PNG's size with the mask that reads back as the text (the writer's own if none does). */
    private static Drawn readable(String text) {
        for (int mask : MASKS) {
            Drawn drawn = new Drawn(mask, matrix(text, PNG_SIZE, mask));
            if (text.equals(read(drawn.pixels()))) {
                return drawn;
            }
        }
        return new Drawn(-1, matrix(text, PNG_SIZE, -1));
    }

    private static String read(BitMatrix pixels) {
        try {
            return new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(
                            new BufferedImageLuminanceSource(MatrixToImageWriter.toBufferedImage(pixels)))))
                    .getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return null;
        }
    }

    /** The modules of the text's code, scaled to {@code size} pixels (0: one pixel a module), with a mask or -1. */
    private static BitMatrix matrix(String text, int size, int mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        if (mask >= 0) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit a QR code", e);
        }
    }

    private record Drawn(int mask, BitMatrix pixels) {}
}
