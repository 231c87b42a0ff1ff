package org.lifeline.web;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.lifeline.web.problem.Problem;
import org.lifeline.web.problem.ProblemCode;

/**
 * Reads a JSON body (UTF-8, as the contract says) to its end before binding it: JSON-B stops after the first value, so {@code {"a":1}}} or a
 * second document would otherwise pass. The body is already bounded by {@link RequestBodyLimit}; its nesting is
 * bounded here ({@link #MAX_DEPTH} levels, far more than any body of the contract), and a well-formed body of the
 * wrong shape (an array where an object is expected) is refused as such: each a 400 problem, never a 500.
 */
@Provider
public class StrictJsonBody implements ReaderInterceptor {

    /** Objects and arrays within one another; the contract's deepest body has two. */
    static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            try (JsonParser parser =
                    JSON.createParser(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
                int depth = 0;
                while (parser.hasNext()) {
                    JsonParser.Event event = parser.next();
                    if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                        if (++depth > MAX_DEPTH) {
                            throw refused("the body nests objects and arrays deeper than " + MAX_DEPTH + " levels");
                        }
                    } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                        depth--;
                    }
                }
            } catch (JsonException e) {
                throw refused("the body is not well-formed JSON");
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonException | JsonbException e) {
            throw refused("the body does not match this endpoint: check its shape, field types and allowed values");
        }
    }

    private static BadRequestException refused(String why) {
        return new BadRequestException(
                Problem.of(ProblemCode.INVALID_REQUEST, why).toResponse().build());
    }
}
