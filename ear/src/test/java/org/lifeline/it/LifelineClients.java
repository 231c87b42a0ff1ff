package org.lifeline.it;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds {@link LifelineApi} clients for a server, each with its bearer token, and checks every answer any of them
 * receives against the OpenAPI document that server serves.
 */
final class LifelineClients implements AutoCloseable {

    private final URI base;
    private final OpenApiConformance conformance;
    private final List<LifelineApi> built = new ArrayList<>();

    private LifelineClients(URI base, OpenApiConformance conformance) {
        this.base = base;
        this.conformance = conformance;
    }

    /** Reads the server's {@code /openapi} (as JSON) once; the clients are checked against it. */
    static LifelineClients of(URL server) {
        URI base = URI.create(server.toString().replaceAll("/+$", ""));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/openapi?format=JSON"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .build();
        try {
            HttpResponse<String> document =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IllegalStateException("GET /openapi answered " + document.statusCode());
            }
            return new LifelineClients(base, new OpenApiConformance(document.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    LifelineApi withToken(String token) {
        LifelineApi client = RestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                .register((ClientRequestFilter)
                        request -> request.getHeaders().putSingle("Authorization", "Bearer " + token))
                .register(new Conformance(conformance))
                .register(new LifelineProblem.Mapper())
                .build(LifelineApi.class);
        built.add(client);
        return client;
    }

    /** Closes every client this made. */
    @Override
    public void close() throws Exception {
        for (LifelineApi client : built) {
            client.close();
        }
    }

    OpenApiConformance conformance() {
        return conformance;
    }

    /** Reads each answer's bytes, checks them, and hands the same bytes on to the client. */
    private record Conformance(OpenApiConformance conformance) implements ClientResponseFilter {

        @Override
        public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
            // Read, not closed: closing the response's stream would close the response for the client too.
            InputStream in = response.getEntityStream();
            byte[] body = in == null ? new byte[0] : in.readAllBytes();
            response.setEntityStream(new ByteArrayInputStream(body));
            conformance.check(
                    request.getMethod(),
                    request.getUri(),
                    response.getStatus(),
                    response.getHeaderString("Content-Type"),
                    body);
        }
    }
}
