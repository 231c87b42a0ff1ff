package org.lifeline.web.authenticator;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.authenticator.AuthenticatorService;
import org.lifeline.web.ClientInfos;

/**
 * The owner lifts a lost-device freeze with the token from the freeze's notification and a current code of the app;
 * no sign-in needed (the freeze itself needs none, so it may not have been the owner's doing).
 */
@Path("/lost-device/undo")
@RequestScoped
@Tag(name = "Self-service")
public class UndoFreezeResource {

    @EJB
    AuthenticatorService authenticators;

    @Context
    HttpServletRequest http;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            operationId = "undoLostDeviceFreeze",
            summary = "Lift a lost-device freeze with the single-use token from its notification and a current code")
    @APIResponse(
            responseCode = "200",
            description = "The authenticator is ACTIVE again; the token is spent",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT, description = "{authenticator: {status}}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(
            responseCode = "404",
            ref = "NotFound",
            description = "An unknown, used or expired token, or one whose authenticator is no longer frozen")
    @APIResponse(responseCode = "422", ref = "VerificationFailed")
    @APIResponse(responseCode = "429", ref = "Locked")
    public JsonObject undo(@NotNull(message = "a JSON body {token, code} is required") @Valid UndoFreezeRequest body) {
        String status = authenticators
                .undoFreeze(body.token(), body.code(), ClientInfos.of(http))
                .name();
        return JSON.createObjectBuilder()
                .add("authenticator", JSON.createObjectBuilder().add("status", status))
                .build();
    }
}
