package org.lifeline.it;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks answers against an OpenAPI 3.1 document: the operation exists, the status is one it documents, the media
 * type is one that status documents, and a JSON body is valid against its schema (JSON Schema 2020-12 as OpenAPI 3.1
 * uses it, by the networknt validator). Collects what does not conform, so a test can show all of it at once.
 */
final class OpenApiConformance {

    private static final String DOCUMENT_IRI = "https://lifeline.invalid/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<PathTemplate> templates;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final List<String> checked = Collections.synchronizedList(new ArrayList<>());

    OpenApiConformance(String openApiJson) {
        this.document = JSON.readTree(openApiJson);
        this.schemas = SchemaRegistry.withDefaultDialect(
                Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(DOCUMENT_IRI, openApiJson)));
        List<PathTemplate> found = new ArrayList<>();
        document.path("paths").propertyNames().forEach(path -> found.add(PathTemplate.of(path)));
        // Literal segments win over variables: /recovery-cases/cancel before /recovery-cases/{caseId}.
        found.sort(Comparator.comparingInt(PathTemplate::variables));
        this.templates = List.copyOf(found);
    }

    /** Checks one answer ({@code body} may be empty); returns what did not conform, kept for {@link #violations}. */
    List<String> check(String method, URI uri, int status, String contentType, byte[] body) {
        String call = method + " " + uri.getRawPath() + " -> " + status;
        checked.add(call);
        List<String> found = new ArrayList<>();
        Optional<PathTemplate> template =
                templates.stream().filter(t -> t.matches(uri.getRawPath())).findFirst();
        if (template.isEmpty()) {
            found.add(call + ": no path of the document matches");
            return record(found);
        }
        String operationPointer = "/paths/" + escape(template.get().path()) + "/" + method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.at(operationPointer);
        if (operation.isMissingNode()) {
            found.add(call + ": " + template.get().path() + " documents no " + method);
            return record(found);
        }
        String responsePointer = operationPointer + "/responses/" + status;
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            responsePointer = operationPointer + "/responses/default";
            response = operation.path("responses").path("default");
        }
        if (response.isMissingNode()) {
            found.add(call + ": status " + status + " is not documented (documented: "
                    + operation.path("responses").propertyNames() + ")");
            return record(found);
        }
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asString().substring(1);
            response = document.at(responsePointer);
        }
        JsonNode content = response.path("content");
        boolean hasBody = body != null && body.length > 0;
        if (!hasBody) {
            if (!content.isMissingNode() && !content.isEmpty() && status != 204 && !"HEAD".equals(method)) {
                found.add(call + ": empty body, but the document describes content " + content.propertyNames());
            }
            return record(found);
        }
        if (content.isMissingNode() || content.isEmpty()) {
            found.add(call + ": a body of " + contentType + ", but the document describes none");
            return record(found);
        }
        String mediaType =
                contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        Optional<String> documented = content.propertyNames().stream()
                .filter(m -> covers(m, mediaType))
                .findFirst();
        if (documented.isEmpty()) {
            found.add(call + ": media type " + mediaType + " is not documented (documented: " + content.propertyNames()
                    + ")");
            return record(found);
        }
        if (isJson(mediaType)) {
            String schemaPointer = responsePointer + "/content/" + escape(documented.get()) + "/schema";
            if (!document.at(schemaPointer).isMissingNode()) {
                Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + schemaPointer));
                JsonNode instance;
                try {
                    instance = JSON.readTree(body);
                } catch (RuntimeException e) {
                    found.add(call + ": the body is not JSON");
                    return record(found);
                }
                for (Error error : schema.validate(instance)) {
                    found.add(call + ": " + error.toString());
                }
            }
        }
        return record(found);
    }

    private List<String> record(List<String> found) {
        violations.addAll(found);
        return found;
    }

    /** Everything that did not conform since this checker was made. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    /** Every answer checked, as "METHOD path -> status". */
    List<String> checked() {
        return List.copyOf(checked);
    }

    private static boolean covers(String documented, String actual) {
        String d = documented.toLowerCase(Locale.ROOT);
        return d.equals(actual)
                || d.equals("*/*")
                || d.endsWith("/*") && actual.startsWith(d.substring(0, d.length() - 1));
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** RFC 6901: a path or a media type as one JSON pointer token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private record PathTemplate(String path, Pattern pattern, int variables) {

        static PathTemplate of(String path) {
            StringBuilder regex = new StringBuilder();
            int variables = 0;
            for (String part : path.split("(?=\\{)|(?<=\\})")) {
                if (part.startsWith("{") && part.endsWith("}")) {
                    regex.append("[^/]+");
                    variables++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            return new PathTemplate(path, Pattern.compile(regex + "/?"), variables);
        }

        boolean matches(String rawPath) {
            return pattern.matcher(rawPath).matches();
        }
    }
}
