package org.lifeline.web.authenticator;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.authenticator.AuthenticatorService;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

@Path("/me/lost-device")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Self-service")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class LostDeviceResource {

    @Inject
    Caller caller;

    @EJB
    AuthenticatorService authenticators;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reportLostDevice",
            summary = "Report the authenticator's device lost: its codes are refused, recovery codes still work")
    @APIResponse(
            responseCode = "200",
            description = "The authenticator is FROZEN",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT, description = "{authenticator: {status}}")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JsonObject report() {
        String status = authenticators
                .reportLostDevice(caller.ownExistingAccount(), caller.actingAs(Roles.USER))
                .name();
        return JSON.createObjectBuilder()
                .add("authenticator", JSON.createObjectBuilder().add("status", status))
                .build();
    }
}
