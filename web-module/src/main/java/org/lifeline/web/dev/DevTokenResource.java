package org.lifeline.web.dev;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lifeline.web.NoStore;
import org.lifeline.web.problem.Problem;

/**
 * The console's development sign-in: {@code POST /api/v1/dev/tokens {subject, roles}} answers a bearer token minted
 * with the development key, so that a newcomer opens the console with no identity provider. Like the clock, it
 * exists only on development and test servers (anyone may call it there: the key is public anyway) and answers 404
 * elsewhere; a token is never logged.
 */
@Path("/dev/tokens")
@ClockControl
@RequestScoped
@PermitAll
public class DevTokenResource {

    private static final Logger LOG = Logger.getLogger(DevTokenResource.class.getName());

    /** The answer: a bearer token and how long it lasts. */
    public record DevTokenAnswer(String accessToken, String tokenType, long expiresIn) {}

    @Inject
    DevTokenMinter minter;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response mint(@NotNull(message = "a JSON body {subject, roles} is required") @Valid DevTokenRequest body) {
        if (!minter.available()) {
            return Problem.ofStatus(404).toResponse().build();
        }
        try {
            String token = minter.mint(body.subject(), List.copyOf(body.roles()));
            LOG.info(() -> "development sign-in of " + body.subject() + " as " + body.roles());
            return Response.status(Response.Status.CREATED)
                    .entity(new DevTokenAnswer(token, "Bearer", DevTokenMinter.LIFETIME.toSeconds()))
                    .cacheControl(NoStore.cacheControl())
                    .build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(
                    "the development key does not sign: " + e.getClass().getSimpleName(), e);
        }
    }
}
