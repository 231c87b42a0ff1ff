package org.lifeline.web.recoverycase;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.io.MaxNestingDepthLimitException;
import org.apache.james.mime4j.io.MaxPartCountLimitException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.util.ContentUtil;
import org.lifeline.recoverycase.EvidenceKind;
import org.lifeline.recoverycase.EvidenceUpload;
import org.lifeline.shared.InvalidRequestException;

/**
 * An evidence upload ({@code multipart/form-data}, RFC 7578: a field {@code file} and a field {@code kind}, in either
 * order) read from the request body as it streams in, with mime4j's pull parser. The file's bytes go from the socket
 * to the sealing service a buffer at a time: neither held whole in memory nor written unsealed to a temporary file,
 * as a reader that hands the resource finished parts would do. Other fields are skipped; a second file or kind, a
 * part without a name, a part that is itself multipart, or headers past the limits below are refused as malformed.
 */
final class EvidenceForm implements EvidenceUpload {

    static final String FILE = "file";
    static final String KIND = "kind";

    /** RFC 2046: a boundary is 1 to 70 of these characters, not ending with a space. */
    private static final Pattern BOUNDARY =
            Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");

    /** Longer than any kind's name, short enough that a kind is never more than a line. */
    private static final int MAX_KIND_BYTES = 64;

    /**
     * Limits on what is not the file: header lines (a long file name fits), headers a part, parts a form. The file's
     * own bytes are limited by the service (size and allowance), not here.
     */
    private static final MimeConfig LIMITS = MimeConfig.custom()
            .setStrictParsing(true)
            .setMaxLineLen(8 * 1024)
            .setMaxHeaderLen(8 * 1024)
            .setMaxHeaderCount(16)
            .setMaxTotalHeaderCount(64)
            .setMaxPartCount(8)
            .setMaxNestingDepth(2)
            .build();

    private final MimeTokenStream parts = new MimeTokenStream(LIMITS);
    private EvidenceKind kind;
    private boolean kindGiven;
    private boolean ended;

    private EvidenceForm(String contentType, InputStream body) {
        parts.parseHeadless(body, contentType);
    }

    /** The upload in a request body of the given content type; refused when that type names no usable boundary. */
    static EvidenceForm of(MediaType type, InputStream body) {
        String boundary = type == null ? null : type.getParameters().get("boundary");
        if (boundary == null || !BOUNDARY.matcher(boundary).matches()) {
            throw new InvalidRequestException(
                    "a multipart/form-data body needs a boundary of 1 to 70 characters (RFC 2046)");
        }
        return new EvidenceForm("multipart/form-data; boundary=\"" + boundary + "\"", body);
    }

    @Override
    public InputStream content() throws IOException {
        for (String field = nextField(); field != null; field = nextField()) {
            if (field.equals(FILE)) {
                return parts.getDecodedInputStream();
            }
            if (field.equals(KIND)) {
                readKind();
            }
        }
        throw new InvalidRequestException("a multipart field 'file' is required");
    }

    @Override
    public EvidenceKind kind() throws IOException {
        for (String field = nextField(); field != null; field = nextField()) {
            if (field.equals(FILE)) {
                throw new InvalidRequestException("one evidence file an upload: the form has a second 'file'");
            }
            if (field.equals(KIND)) {
                readKind();
            }
        }
        return kind;
    }

    /** Moves to the next part's body; its field name, or {@code null} at the end of the form. */
    private String nextField() throws IOException {
        if (ended) {
            return null;
        }
        String name = null;
        boolean inPart = false;
        try {
            for (EntityState state = parts.next(); ; state = parts.next()) {
                switch (state) {
                    case T_START_BODYPART -> {
                        inPart = true;
                        name = null;
                    }
                    case T_END_BODYPART -> inPart = false;
                    case T_FIELD -> name = fieldName(parts.getField(), name);
                    case T_START_MULTIPART -> {
                        if (inPart) {
                            throw malformed("a part of the form may not itself be multipart");
                        }
                    }
                    case T_BODY -> {
                        if (name == null) {
                            throw malformed("every part of the form needs a Content-Disposition naming its field");
                        }
                        return name;
                    }
                    case T_END_OF_STREAM -> {
                        ended = true;
                        return null;
                    }
                    default -> {}
                }
            }
        } catch (MimeException e) {
            throw malformed(e);
        } catch (MimeIOException e) {
            throw malformed(e.getCause());
        } catch (MaxLineLimitException e) {
            throw malformed("a header line is over " + LIMITS.getMaxLineLen() + " characters");
        }
    }

    /** The form field a part's header names, or {@code name} as it was when the header is another one. */
    private static String fieldName(Field header, String name) {
        if (!"Content-Disposition".equalsIgnoreCase(header.getName())) {
            return name;
        }
        String value = header.getBody() == null ? "" : header.getBody();
        ByteSequence raw = ContentUtil.encode(value);
        RawBody disposition = RawFieldParser.DEFAULT.parseRawBody(raw, new ParserCursor(0, raw.length()));
        if (!"form-data".equalsIgnoreCase(disposition.getValue())) {
            throw malformed("a part's Content-Disposition must be form-data");
        }
        return disposition.getParams().stream()
                .filter(p -> "name".equalsIgnoreCase(p.getName()))
                .map(NameValuePair::getValue)
                .findFirst()
                .orElseThrow(() -> malformed("a part's Content-Disposition must name its field"));
    }

    private void readKind() throws IOException {
        if (kindGiven) {
            throw new InvalidRequestException("one kind an upload: the form has a second 'kind'");
        }
        kindGiven = true;
        byte[] given = parts.getDecodedInputStream().readNBytes(MAX_KIND_BYTES + 1);
        String named = new String(given, StandardCharsets.UTF_8).strip();
        try {
            if (given.length > MAX_KIND_BYTES) {
                throw new IllegalArgumentException();
            }
            kind = EvidenceKind.valueOf(named);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind must be one of " + Arrays.toString(EvidenceKind.values()));
        }
    }

    /** What the parser found, in words that name the limit and never echo the body. */
    private static InvalidRequestException malformed(MimeException found) {
        if (found instanceof MaxNestingDepthLimitException) {
            return malformed("a part of the form may not itself be multipart");
        }
        if (found instanceof MaxHeaderLengthLimitException) {
            return malformed("a header line is over " + LIMITS.getMaxLineLen() + " characters");
        }
        if (found instanceof MaxPartCountLimitException) {
            return malformed("the form has more than " + LIMITS.getMaxPartCount() + " parts");
        }
        if (found instanceof MaxHeaderLimitException) {
            return malformed("a part has more than " + LIMITS.getMaxHeaderCount() + " headers");
        }
        return malformed("it is not well formed (RFC 7578)");
    }

    private static InvalidRequestException malformed(String why) {
        return new InvalidRequestException("the multipart/form-data body is refused: " + why);
    }
}
