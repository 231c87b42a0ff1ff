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
import org.lifeline.account.AccountService;
import org.lifeline.audit.Actor;
import org.lifeline.secretphrase.SecretPhraseGuard;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

/** Support clears an account a HIGH compliance finding put under review. */
@Path("/accounts/{accountId}/review-clearance")
@RequestScoped
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
@Tag(name = "Support")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReviewClearanceResource {

    @Inject
    Caller caller;

    @Inject
    SecretPhraseGuard phrases;

    @EJB
    AccountService accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "clearAccountReview",
            summary = "Clear the account's review (UNDER_REVIEW), with a note for the audit trail",
            description = "Records REVIEW_CLEARED with the note and the finding type that was cleared. Never on the"
                    + " agent's own account (403).")
    @APIResponse(responseCode = "204", description = "The review is cleared")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "SecretPhraseRefused")
    public Response clear(
            @PathParam("accountId") String accountId,
            @NotNull(message = "a JSON body {note} is required") @Valid ReviewClearanceRequest body) {
        AccountId account = AccountId.of(accountId);
        Actor agent = caller.actingAs(Roles.SUPPORT);
        phrases.screen("note", body.note(), account, agent);
        accounts.clearReview(account, body.note(), agent);
        return Response.noContent().build();
    }
}
