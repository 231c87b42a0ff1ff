package org.lifeline.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.audit.AuditTrail;
import org.lifeline.audit.ChainVerification;
import org.lifeline.web.RetriesLockContention;
import org.lifeline.web.Roles;

@Path("/audit-log/verification")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Compliance")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AuditLogResource {

    @EJB
    AuditTrail audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyAuditTrail",
            summary = "Walk every hash chain of the audit trail and name the first broken entry")
    @APIResponse(
            responseCode = "200",
            description = "Whether every chain is intact",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChainVerification.class)))
    @APIResponse(
            responseCode = "409",
            ref = "Conflict",
            description = "Another verification of the whole trail is running on this node: ask again when it answered")
    @RetriesLockContention // it seals the trail: on a cluster it may meet a node's or the compliance job's seal
    public ChainVerification verify() {
        return audit.verify();
    }
}
