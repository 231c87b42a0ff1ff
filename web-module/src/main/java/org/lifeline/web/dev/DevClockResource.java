package org.lifeline.web.dev;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lifeline.shared.DevClock;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.web.Roles;

/**
 * Moves the server's clock for tests of waiting periods: {@code PUT /api/v1/dev/clock {"offsetSeconds": N}}, N from
 * 0 to a year. Exists only on servers run with {@code lifeline.dev.clock-control=true} (development and test
 * servers); elsewhere it answers 404.
 */
@Path("/dev/clock")
@ClockControl
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class DevClockResource {

    @EJB
    DevClock clock;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response move(JsonObject body) {
        if (body == null
                || !body.containsKey("offsetSeconds")
                || body.get("offsetSeconds").getValueType() != jakarta.json.JsonValue.ValueType.NUMBER) {
            throw new InvalidRequestException("a JSON body {offsetSeconds} is required");
        }
        clock.moveTo(Duration.ofSeconds(body.getJsonNumber("offsetSeconds").longValue()));
        return Response.noContent().build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject offset() {
        return JSON.createObjectBuilder()
                .add("offsetSeconds", clock.offset().toSeconds())
                .build();
    }
}
