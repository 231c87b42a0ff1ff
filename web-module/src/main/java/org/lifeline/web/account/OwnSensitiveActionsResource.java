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
import org.lifeline.status.SensitiveActionGate;
import org.lifeline.status.SensitiveActions;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

/** The account holder asks whether their sensitive actions may go ahead, and why not. */
@Path("/me/sensitive-actions")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Self-service")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OwnSensitiveActionsResource {

    @Inject
    Caller caller;

    @EJB
    SensitiveActionGate gate;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getOwnSensitiveActions",
            summary = "Whether the caller's sensitive actions may go ahead now, and every reason they may not")
    @APIResponse(
            responseCode = "200",
            description = "Whether sensitive actions may go ahead, and why not",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SensitiveActions.class)))
    public SensitiveActions get() {
        return gate.check(caller.ownExistingAccount());
    }
}
