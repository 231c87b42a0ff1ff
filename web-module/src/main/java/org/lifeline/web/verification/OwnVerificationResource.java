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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.verification.VerificationResult;
import org.lifeline.verification.VerificationService;
import org.lifeline.web.Caller;
import org.lifeline.web.ClientInfos;
import org.lifeline.web.RetriesLockContention;
import org.lifeline.web.Roles;
import org.lifeline.web.credential.CredentialRequest;

/** The account holder checks a code of their own account (the token's {@code sub}). */
@Path("/me/verifications")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Verification")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OwnVerificationResource {

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
    @Operation(operationId = "verifyOwnCode", summary = "Check a code of the caller's own account")
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
    public VerificationResult verifyOwn(@NotNull(message = BODY_REQUIRED) @Valid CredentialRequest body) {
        return verifications.verify(
                caller.ownAccount(), body.toCredential(), ClientInfos.of(http), caller.actingAs(Roles.USER));
    }
}
