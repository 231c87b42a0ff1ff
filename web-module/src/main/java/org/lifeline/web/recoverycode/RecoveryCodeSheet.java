package org.lifeline.web.recoverycode;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lifeline.recoverycode.IssuedCodes;
import org.lifeline.web.NoStore;

/**
 * The one time recovery codes are shown: as JSON, or, when the client asks for {@code text/plain}, as the file
 * {@code lifeline-recovery-codes.txt} to print or keep offline. Never cached.
 */
public final class RecoveryCodeSheet {

    public static final String FILE_NAME = "lifeline-recovery-codes.txt";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(
                    MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_PLAIN_TYPE)
            .build();

    private RecoveryCodeSheet() {}

    /** {@code json} as JSON, or the codes as a text file when that is what the request prefers. */
    public static Response answer(Request request, Response.Status status, IssuedCodes codes, Object json) {
        Variant chosen = request.selectVariant(VARIANTS);
        Response.ResponseBuilder answer = Response.status(status).cacheControl(NoStore.cacheControl());
        if (chosen != null && MediaType.TEXT_PLAIN_TYPE.isCompatible(chosen.getMediaType())) {
            return answer.type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
                    .entity(text(codes))
                    .build();
        }
        return answer.type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }

    static String text(IssuedCodes codes) {
        StringBuilder sheet = new StringBuilder()
                .append(codes.issuer())
                .append(" recovery codes\n")
                .append("Account: ")
                .append(codes.accountName())
                .append('\n')
                .append("Generated: ")
                .append(DateTimeFormatter.ISO_INSTANT.format(codes.generatedAt()))
                .append("\n\n");
        for (int i = 0; i < codes.codes().size(); i++) {
            sheet.append(String.format("%2d. %s%n", i + 1, codes.codes().get(i)));
        }
        return sheet.append("\nEach code works once, in place of a code from your authenticator app.\n")
                .append("Keep this sheet offline (printed, or in a password manager), away from your phone.\n")
                .toString();
    }
}
