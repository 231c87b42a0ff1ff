package org.lifeline.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.audit.Actor;
import org.lifeline.audit.AuditTrail;
import org.lifeline.audit.TrailSealView;
import org.lifeline.secretphrase.SecretPhraseGuard;
import org.lifeline.shared.NotFoundException;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

/** The seal over all of the trail's checkpoints, and an auditor's acceptance of the trail after it broke. */
@Path("/audit-log/seal")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Compliance")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class TrailSealResource {

    @Inject
    Caller caller;

    @Inject
    SecretPhraseGuard phrases;

    @EJB
    AuditTrail audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getTrailSeal",
            summary = "The seal over every checkpoint of the audit trail, and since when it is broken, if it is")
    @APIResponse(
            responseCode = "200",
            description = "The trail's seal",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TrailSealView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TrailSealView seal() {
        return audit.seal().orElseThrow(() -> new NotFoundException("the trail's seal is missing"));
    }

    @POST
    @Path("/acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "acceptAuditTrail",
            summary = "Accept the trail's checkpoints as they stand after the seal found them broken",
            description = "Seals what the checkpoints add up to now, so that compliance runs seal chains again, and"
                    + " records AUDIT_TRAIL_ACCEPTED with the note on the system chain. 409 when nothing is broken.")
    @APIResponse(
            responseCode = "200",
            description = "The new seal",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TrailSealView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "SecretPhraseRefused")
    public TrailSealView accept(
            @NotNull(message = "a JSON body {note} is required") @Valid TrailAcceptanceRequest body) {
        Actor auditor = caller.actingAs(Roles.AUDITOR);
        phrases.screen("note", body.note(), null, auditor);
        return audit.accept(body.note(), auditor);
    }
}
