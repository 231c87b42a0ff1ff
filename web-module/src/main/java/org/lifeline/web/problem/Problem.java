package org.lifeline.web.problem;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: {@code type} is a URN built from {@code code}, the word clients branch on.
 * {@code violations} lists the fields a request got wrong, when it is about fields.
 */
public record Problem(String type, String title, int status, String detail, String code, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public record Violation(String field, String message) {}

    public static Problem of(ProblemCode code, String detail) {
        return new Problem(
                "urn:lifeline:problem:" + code.word(), code.title(), code.status(), detail, code.word(), null);
    }

    /**
     * The problem for an HTTP status the container or JAX-RS raised: a fixed detail per kind, since their own
     * messages can echo input or name classes.
     */
    public static Problem ofStatus(int status) {
        ProblemCode code = ProblemCode.ofStatus(status);
        String detail = switch (code) {
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "this resource does not support that method";
            case NOT_ACCEPTABLE -> "this resource cannot answer in the requested media type";
            case UNSUPPORTED_MEDIA_TYPE -> "this resource does not accept that content type";
            case FORBIDDEN -> "the token's roles do not allow this";
            case UNAUTHORIZED -> "a valid bearer token is required";
            case PAYLOAD_TOO_LARGE -> "the request body is over the limit";
            default -> "the request could not be processed";
        };
        return new Problem("urn:lifeline:problem:" + code.word(), code.title(), status, detail, code.word(), null);
    }

    public Problem withViolations(List<Violation> fieldViolations) {
        return new Problem(type, title, status, detail, code, List.copyOf(fieldViolations));
    }

    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(MEDIA).entity(toJson());
    }

    /** Built by hand so that absent members are left out rather than written as null. */
    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("code", code);
        if (violations != null) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            violations.forEach(v ->
                    list.add(JSON.createObjectBuilder().add("field", v.field()).add("message", v.message())));
            json.add("violations", list);
        }
        return json.build();
    }
}
