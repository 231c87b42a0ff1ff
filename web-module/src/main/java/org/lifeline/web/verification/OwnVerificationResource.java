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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.verification.VerificationResult;
import org.lifeline.verification.VerificationService;
import org.lifeline.web.Caller;
import org.lifeline.web.ClientInfos;
import org.lifeline.web.Roles;

/** The account holder checks a code of their own account (the token's {@code sub}). */
@Path("/me/verifications")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Verification")
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
    @Operation(summary = "Check a code of the caller's own account")
    public VerificationResult verifyOwn(@NotNull(message = BODY_REQUIRED) @Valid CredentialRequest body) {
        return verifications.verify(caller.ownExistingAccount(), body.toCredential(), ClientInfos.of(http),
                caller.actingAs(Roles.USER));
    }
}
