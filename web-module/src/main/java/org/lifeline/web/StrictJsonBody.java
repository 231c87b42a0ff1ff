package org.lifeline.web;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.json.JsonException;
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
 * second document would otherwise pass. The body is already bounded by {@link RequestBodyLimit}.
 */
@Provider
public class StrictJsonBody implements ReaderInterceptor {

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
                while (parser.hasNext()) {
                    parser.next();
                }
            } catch (JsonException e) {
                throw new BadRequestException(
                        Problem.of(ProblemCode.INVALID_REQUEST, "the body is not well-formed JSON")
                                .toResponse()
                                .build());
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
