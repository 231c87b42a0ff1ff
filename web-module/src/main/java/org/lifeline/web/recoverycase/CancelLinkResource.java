package org.lifeline.web.recoverycase;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.recoverycase.CaseView;
import org.lifeline.recoverycase.RecoveryCaseService;

/** The owner cancels a security reset with the token from a notification; no sign-in needed. */
@Path("/recovery-cases/cancel")
@RequestScoped
@Tag(name = "Self-service")
public class CancelLinkResource {

    @EJB
    RecoveryCaseService cases;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            operationId = "cancelRecoveryCaseByLink",
            summary = "Cancel a security reset with the single-use token from a notification")
    @APIResponse(
            responseCode = "200",
            description = "The case, CANCELLED",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CaseView cancel(@NotNull(message = "a JSON body {token} is required") @Valid CancelLinkRequest body) {
        return cases.cancelWithToken(body.token());
    }
}
