package org.lifeline.web.sensitiveaction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountService;
import org.lifeline.attempt.ClientInfo;
import org.lifeline.audit.Actor;
import org.lifeline.sensitiveaction.Authorization;
import org.lifeline.sensitiveaction.SensitiveActionService;
import org.lifeline.web.Caller;
import org.lifeline.web.ClientInfos;
import org.lifeline.web.RetriesLockContention;
import org.lifeline.web.Roles;

/** The platform's step-up before a withdrawal: one action, one fresh code, five minutes. */
@Path("/accounts/{accountId}/sensitive-actions/authorizations")
@RequestScoped
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
@Tag(name = "Sensitive actions")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AuthorizationResource {

    @Inject
    Caller caller;

    @EJB
    AccountService accounts;

    @EJB
    SensitiveActionService sensitiveActions;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "authorizeSensitiveAction",
            summary = "Authorize one sensitive action with a fresh TOTP code of the owner's app (step-up)",
            description = "When nothing holds sensitive actions, the code goes through the same guard, window, replay"
                    + " rule and failure budget as a verification; a right one authorizes the action for five"
                    + " minutes. When something holds them: 423 held with the reasons and blockedUntil, the code not"
                    + " evaluated and no failure counted. A recovery code is not accepted here. clientAddress and"
                    + " userAgent as on POST /accounts/{accountId}/verifications.")
    @APIResponse(
            responseCode = "201",
            description = "The action is authorized, until expiresAt",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Authorization.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "VerificationFailed")
    @APIResponse(responseCode = "423", ref = "Held")
    @APIResponse(responseCode = "429", ref = "Locked")
    @RetriesLockContention
    public Response authorize(
            @PathParam("accountId") String accountId,
            @NotNull(message = "a JSON body {action, code} is required") @Valid AuthorizationRequest body) {
        AccountId account = AccountId.of(accountId);
        ClientInfo client = ClientInfos.onBehalf(http, body.clientAddress(), body.userAgent());
        Actor platform = caller.actingAs(Roles.SERVICE);
        accounts.ensureExists(account, null, platform); // idempotent: a retried request may run it again
        Authorization granted = sensitiveActions.authorize(account, body.action(), body.code(), client, platform);
        return Response.status(Response.Status.CREATED).entity(granted).build();
    }
}
