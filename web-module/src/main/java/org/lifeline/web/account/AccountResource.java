package org.lifeline.web.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountProfile;
import org.lifeline.account.AccountService;
import org.lifeline.account.ProfileChange;
import org.lifeline.status.SecurityStatus;
import org.lifeline.status.SecurityStatusService;
import org.lifeline.status.SensitiveActionGate;
import org.lifeline.status.SensitiveActions;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

/** The platform back end's view of any account. */
@Path("/accounts/{accountId}")
@RequestScoped
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
@Tag(name = "Platform back end")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AccountResource {

    @Inject
    Caller caller;

    @EJB
    AccountService accounts;

    @EJB
    SecurityStatusService status;

    @EJB
    SensitiveActionGate gate;

    @Context
    UriInfo uri;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putAccountProfile",
            summary = "Set the account's contact address and risk tier; creates the account (201) if needed")
    @APIResponse(
            responseCode = "200",
            description = "The account, updated",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountProfile.class)))
    @APIResponse(
            responseCode = "201",
            description = "The account, created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountProfile.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response putProfile(
            @PathParam("accountId") String accountId,
            @NotNull(message = "a JSON body {email, riskTier} is required") @Valid AccountProfileRequest body) {
        ProfileChange change = accounts.putProfile(
                AccountId.of(accountId), body.email(), body.riskTier(), caller.actingAs(Roles.SERVICE));
        return change.created()
                ? Response.created(uri.getAbsolutePath())
                        .entity(change.profile())
                        .build()
                : Response.ok(change.profile()).build();
    }

    @GET
    @Path("/security")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getAccountSecurity",
            summary = "The account's security status, as the owner sees it; creates the account if needed")
    @APIResponse(
            responseCode = "200",
            description = "The account's security status",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SecurityStatus.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public SecurityStatus security(@PathParam("accountId") String accountId) {
        AccountId account = AccountId.of(accountId);
        accounts.ensureExists(account, null, caller.actingAs(Roles.SERVICE));
        return status.statusOf(account);
    }

    @GET
    @Path("/sensitive-actions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getAccountSensitiveActions",
            summary = "Whether a sensitive action (a withdrawal, a new address, an API key) may go ahead now",
            description = "Every reason it may not, each with the time it ends where it ends by itself: RESET_HOLD,"
                    + " RECOVERY_CODES_MUST_REGENERATE, AUTHENTICATOR_FROZEN, NO_SECOND_FACTOR, ACCOUNT_LOCKED,"
                    + " RECOVERY_CASE_OPEN, UNDER_REVIEW. blockedUntil is the latest end of those that end by"
                    + " themselves. Creates the account if needed (which then has no second factor).")
    @APIResponse(
            responseCode = "200",
            description = "Whether sensitive actions may go ahead, and why not",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SensitiveActions.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public SensitiveActions sensitiveActions(@PathParam("accountId") String accountId) {
        AccountId account = AccountId.of(accountId);
        accounts.ensureExists(account, null, caller.actingAs(Roles.SERVICE));
        return gate.check(account);
    }
}
