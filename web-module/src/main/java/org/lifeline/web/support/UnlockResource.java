package org.lifeline.web.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.account.AccountId;
import org.lifeline.lockout.LockoutService;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

@Path("/accounts/{accountId}/unlock")
@RequestScoped
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
@Tag(name = "Support")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class UnlockResource {

    @Inject
    Caller caller;

    @EJB
    LockoutService lockout;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "unlockAccount", summary = "Lift the account's lock, with a note for the audit trail")
    @APIResponse(responseCode = "204", description = "The lock is lifted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "SecretPhraseRefused")
    public Response unlock(
            @PathParam("accountId") String accountId,
            @NotNull(message = "a JSON body {note} is required") @Valid UnlockRequest body) {
        lockout.unlock(AccountId.of(accountId), body.note(), caller.actingAs(Roles.SUPPORT));
        return Response.noContent().build();
    }
}
