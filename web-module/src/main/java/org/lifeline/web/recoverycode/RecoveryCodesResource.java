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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.recoverycode.IssuedCodes;
import org.lifeline.verification.VerificationService;
import org.lifeline.web.Caller;
import org.lifeline.web.ClientInfos;
import org.lifeline.web.RetriesLockContention;
import org.lifeline.web.Roles;
import org.lifeline.web.credential.CodeRequest;

@Path("/me/recovery-codes")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Self-service")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
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
    @Operation(
            operationId = "regenerateRecoveryCodes",
            summary = "A new set of recovery codes, for a current authenticator code; the old set stops working")
    @APIResponse(
            responseCode = "201",
            description = "The new set, shown this once",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = IssuedCodesResponse.class)),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description = "The codes as a sheet to print or keep offline"))
            })
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "VerificationFailed")
    @APIResponse(responseCode = "429", ref = "Locked")
    @RetriesLockContention
    public Response regenerate(@NotNull(message = "a JSON body {code} is required") @Valid CodeRequest body) {
        IssuedCodes codes = verifications.regenerateRecoveryCodes(
                caller.ownAccount(), body.code(), ClientInfos.of(http), caller.actingAs(Roles.USER));
        return RecoveryCodeSheet.answer(request, Response.Status.CREATED, codes, IssuedCodesResponse.of(codes));
    }
}
