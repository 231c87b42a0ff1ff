package org.lifeline.web.authenticator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.authenticator.Activation;
import org.lifeline.authenticator.AuthenticatorService;
import org.lifeline.authenticator.Enrollment;
import org.lifeline.web.Caller;
import org.lifeline.web.ClientInfos;
import org.lifeline.web.NoStore;
import org.lifeline.web.RetriesLockContention;
import org.lifeline.web.Roles;
import org.lifeline.web.credential.CodeRequest;
import org.lifeline.web.credential.CredentialRequest;
import org.lifeline.web.recoverycode.RecoveryCodeSheet;

/** The owner's own authenticator; the account is the token's {@code sub}. */
@Path("/me/authenticator")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Self-service")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AuthenticatorResource {

    static final String IMAGE_SVG = "image/svg+xml";
    static final String IMAGE_PNG = "image/png";

    @Inject
    Caller caller;

    @EJB
    AuthenticatorService authenticators;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "enrollAuthenticator",
            summary = "Start enrolling an authenticator app: a fresh secret and its otpauth URI, valid 15 minutes")
    @APIResponse(
            responseCode = "201",
            description = "The pending enrollment, with the secret; Location names its QR code",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Enrollment.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "SecretPhraseRefused")
    public Response enroll(@RequestBody(required = false) @Valid EnrollmentRequest body) {
        return enrollAs(body == null ? null : body.label());
    }

    /** The body is optional: {@code curl -X POST} with none, and so no content type, enrolls too. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response enrollWithoutBody() {
        return enrollAs(null);
    }

    private Response enrollAs(String label) {
        Enrollment enrollment = authenticators.enroll(caller.ownExistingAccount(), label, caller.actingAs(Roles.USER));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path("qr")
                        .queryParam("enrollmentId", enrollment.enrollmentId())
                        .build())
                .cacheControl(NoStore.cacheControl())
                .entity(enrollment)
                .build();
    }

    @GET
    @Path("/qr")
    @Produces({IMAGE_PNG, IMAGE_SVG})
    @Operation(
            operationId = "getEnrollmentQrCode",
            summary = "The pending enrollment's otpauth URI as a QR code: PNG, or SVG when asked for")
    @APIResponse(
            responseCode = "200",
            description = "The QR code of the pending otpauth URI",
            content = {
                @Content(mediaType = IMAGE_PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = IMAGE_SVG, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response qr(
            @Context Request request,
            @Parameter(
                            description = "The enrollment the QR code is for (the Location of the enrollment names"
                                    + " it); 404 when it is not the pending one")
                    @QueryParam("enrollmentId")
                    String enrollmentId) {
        Variant chosen =
                request.selectVariant(Variant.mediaTypes(MediaType.valueOf(IMAGE_PNG), MediaType.valueOf(IMAGE_SVG))
                        .build());
        boolean svg = chosen != null && IMAGE_SVG.equals(chosen.getMediaType().toString());
        String otpauthUri = authenticators.pendingUri(
                caller.ownExistingAccount(), enrollmentId, svg ? "SVG" : "PNG", caller.actingAs(Roles.USER));
        return Response.ok(svg ? QrCodeImage.svg(otpauthUri) : QrCodeImage.png(otpauthUri))
                .type(svg ? IMAGE_SVG : IMAGE_PNG)
                .cacheControl(NoStore.cacheControl())
                .build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(
            operationId = "confirmAuthenticator",
            summary = "Activate the pending authenticator with its first code; answers the recovery codes, once")
    @APIResponse(
            responseCode = "200",
            description = "The authenticator is active; the recovery codes, shown this once",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ActivationResponse.class)),
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
    @APIResponse(responseCode = "410", ref = "Expired")
    @APIResponse(responseCode = "422", ref = "VerificationFailed")
    @APIResponse(responseCode = "429", ref = "Locked")
    @RetriesLockContention
    public Response confirm(
            @NotNull(message = "a JSON body {code} is required") @Valid CodeRequest body, @Context Request request) {
        Activation activation = authenticators.confirm(
                caller.ownAccount(), body.code(), ClientInfos.of(http), caller.actingAs(Roles.USER));
        return RecoveryCodeSheet.answer(
                request, Response.Status.OK, activation.recoveryCodes(), ActivationResponse.of(activation));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "removeAuthenticator", summary = "Remove the authenticator, with a current code")
    @APIResponse(responseCode = "204", description = "Removed, and the recovery codes revoked with it")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "VerificationFailed")
    @APIResponse(responseCode = "429", ref = "Locked")
    @RetriesLockContention
    public Response remove(
            @NotNull(message = "a JSON body {code} or {recoveryCode} is required") @Valid CredentialRequest body) {
        authenticators.remove(
                caller.ownAccount(), body.toCredential(), ClientInfos.of(http), caller.actingAs(Roles.USER));
        return Response.noContent().build();
    }
}
