package org.lifeline.web.verification;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.ClientInfo;
import org.lifeline.verification.VerificationResult;
import org.lifeline.verification.VerificationService;
import org.lifeline.web.Caller;
import org.lifeline.web.ClientInfos;
import org.lifeline.web.RetriesLockContention;
import org.lifeline.web.Roles;

/**
 * The platform's back end checks a code of any account. An unknown account is created on first use and then
 * answers exactly like a known one without an authenticator: the same 422.
 */
@Path("/accounts/{accountId}/verifications")
@RequestScoped
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
@Tag(name = "Verification")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AccountVerificationResource {

    private static final String BODY_REQUIRED = "a JSON body {code} or {recoveryCode} is required";

    @Inject
    Caller caller;

    @EJB
    VerificationService verifications;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyAccountCode",
            summary = "Check a code of any account, for the platform's back end",
            description = "clientAddress (IPv4 or IPv6) and userAgent, when given, are the end user's as the platform"
                    + " saw them: recorded as the attempt's client instead of the platform's address (kept beside"
                    + " them) and grouped by the compliance job's SPRAYING detector. Malformed: 400.")
    @APIResponse(
            responseCode = "200",
            description = "The code is right",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VerificationResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "VerificationFailed")
    @APIResponse(responseCode = "429", ref = "Locked")
    @RetriesLockContention
    public VerificationResult verify(
            @PathParam("accountId") String accountId,
            @NotNull(message = BODY_REQUIRED) @Valid AccountCodeRequest body) {
        ClientInfo client = ClientInfos.onBehalf(http, body.clientAddress(), body.userAgent());
        // An unknown account is opened by the verification itself, in its own transaction.
        return verifications.verify(
                AccountId.of(accountId), body.toCredential(), client, caller.actingAs(Roles.SERVICE));
    }
}
