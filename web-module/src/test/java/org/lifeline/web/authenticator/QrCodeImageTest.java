package org.lifeline.web.authenticator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeImageTest {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) ");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

    /** Enrollment URIs as the service writes them: an account id and a 160-bit secret, fixed seed. */
    private static List<String> enrollmentUris(int count) {
        Random random = new Random(20261202);
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder secret = new StringBuilder();
            for (int c = 0; c < 32; c++) {
                secret.append(BASE32.charAt(random.nextInt(32)));
            }
            uris.add("otpauth://totp/Lifeline:user-" + Long.toHexString(random.nextLong()) + "?secret=" + secret
                    + "&issuer=Lifeline&algorithm=SHA1&digits=6&period=30");
        }
        return uris;
    }

    private static String scan(byte[] png) throws IOException, NotFoundException {
        return scan(ImageIO.read(new ByteArrayInputStream(png)));
    }

    private static String scan(BufferedImage image) throws NotFoundException {
        return new MultiFormatReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    @Test
    void everyPngReadsBackAsItsText() throws IOException {
        // ZXing's own reader missed about one enrollment code in forty when the writer chose the mask alone
        List<String> unreadable = new ArrayList<>();
        for (String uri : enrollmentUris(600)) {
            try {
                assertEquals(uri, scan(QrCodeImage.png(uri)));
            } catch (NotFoundException e) {
                unreadable.add(uri);
            }
        }
        assertEquals(List.of(), unreadable);
    }

    @Test
    void everySvgReadsBackAsItsText() throws NotFoundException {
        List<String> unreadable = new ArrayList<>();
        for (String uri : enrollmentUris(200)) {
            try {
                assertEquals(uri, scan(rasterize(QrCodeImage.svg(uri))));
            } catch (NotFoundException e) {
                unreadable.add(uri);
            }
        }
        assertEquals(List.of(), unreadable);
    }

    /** Draws the SVG's modules (its one path of unit squares) at five pixels a module, as a screen would. */
    private static BufferedImage rasterize(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find(), svg);
        int size = Integer.parseInt(box.group(1));
        int scale = 5;
        BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size * scale, size * scale);
        g.setColor(Color.BLACK);
        Matcher modules = MODULE.matcher(svg);
        while (modules.find()) {
            g.fillRect(
                    Integer.parseInt(modules.group(1)) * scale,
                    Integer.parseInt(modules.group(2)) * scale,
                    scale,
                    scale);
        }
        g.dispose();
        return image;
    }
}
