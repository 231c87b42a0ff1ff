package org.lifeline.web.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.status.SecurityStatus;
import org.lifeline.status.SecurityStatusService;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

/** The account holder's own security status; the account is the token's {@code sub}, created on first use. */
@Path("/me/security")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Self-service")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OwnSecurityResource {

    @Inject
    Caller caller;

    @EJB
    SecurityStatusService status;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getOwnSecurity",
            summary = "The caller's authenticator, recovery codes, lock, hold and open recovery case")
    @APIResponse(
            responseCode = "200",
            description = "The caller's security status",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SecurityStatus.class)))
    public SecurityStatus get() {
        return status.statusOf(caller.ownExistingAccount());
    }
}
