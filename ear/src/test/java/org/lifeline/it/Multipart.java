package org.lifeline.it;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body with one file field and text fields, as browsers and curl -F send them. */
final class Multipart {

    private final String boundary = "lifeline-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    Multipart file(String name, String fileName, String contentType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /**
     * The smallest PDF every reader opens (header, one object, cross-reference and trailer), with {@code comment} on
     * the line after the header so that two files can differ.
     */
    static byte[] pdf(String comment) {
        String header = "%PDF-1.4\n%" + comment + "\n";
        String body = header + "1 0 obj<</Type/Catalog>>endobj\n";
        String xref = "xref\n0 2\n0000000000 65535 f \n" + String.format("%010d", header.length()) + " 00000 n \n";
        return (body + xref + "trailer<</Size 2/Root 1 0 R>>\nstartxref\n" + body.length() + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    HttpRequest.Builder post(HttpRequest.Builder request) {
        write("--" + boundary + "--\r\n");
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
