package org.lifeline.web.recoverycode;

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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.recoverycode.IssuedCodes;
import org.lifeline.verification.VerificationService;
import org.lifeline.web.Caller;
import org.lifeline.web.ClientInfos;
import org.lifeline.web.Roles;
import org.lifeline.web.authenticator.CodeRequest;

@Path("/me/recovery-codes")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Self-service")
public class RecoveryCodesResource {

    @Inject
    Caller caller;

    @EJB
    VerificationService verifications;

    @Context
    HttpServletRequest http;

    @Context
    Request request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "A new set of recovery codes, for a current authenticator code; the old set stops working")
    public Response regenerate(@NotNull(message = "a JSON body {code} is required") @Valid CodeRequest body) {
        IssuedCodes codes = verifications.regenerateRecoveryCodes(caller.ownExistingAccount(), body.code(),
                ClientInfos.of(http), caller.actingAs(Roles.USER));
        return RecoveryCodeSheet.answer(request, Response.Status.CREATED, codes, IssuedCodesResponse.of(codes));
    }
}
