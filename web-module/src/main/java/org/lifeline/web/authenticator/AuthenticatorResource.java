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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.authenticator.Activation;
import org.lifeline.authenticator.AuthenticatorService;
import org.lifeline.authenticator.Enrollment;
import org.lifeline.web.Caller;
import org.lifeline.web.NoStore;
import org.lifeline.web.ClientInfos;
import org.lifeline.web.Roles;
import org.lifeline.web.recoverycode.RecoveryCodeSheet;
import org.lifeline.web.verification.CredentialRequest;

/** The owner's own authenticator; the account is the token's {@code sub}. */
@Path("/me/authenticator")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Self-service")
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
    @Operation(summary = "Start enrolling an authenticator app: a fresh secret and its otpauth URI, valid 15 minutes")
    public Response enroll(@Valid EnrollmentRequest body) {
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
        return Response.created(uri.getAbsolutePathBuilder().path("qr").build())
                .cacheControl(NoStore.cacheControl()).entity(enrollment).build();
    }

    @GET
    @Path("/qr")
    @Produces({IMAGE_PNG, IMAGE_SVG})
    @Operation(summary = "The pending enrollment's otpauth URI as a QR code: PNG, or SVG when asked for")
    public Response qr(@Context Request request) {
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.valueOf(IMAGE_PNG),
                MediaType.valueOf(IMAGE_SVG)).build());
        String otpauthUri = authenticators.pendingUri(caller.ownExistingAccount());
        boolean svg = chosen != null && IMAGE_SVG.equals(chosen.getMediaType().toString());
        return Response.ok(svg ? QrCodeImage.svg(otpauthUri) : QrCodeImage.png(otpauthUri))
                .type(svg ? IMAGE_SVG : IMAGE_PNG).cacheControl(NoStore.cacheControl()).build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Activate the pending authenticator with its first code; answers the recovery codes, once")
    public Response confirm(@NotNull(message = "a JSON body {code} is required") @Valid CodeRequest body,
            @Context Request request) {
        Activation activation = authenticators.confirm(caller.ownExistingAccount(), body.code(), ClientInfos.of(http),
                caller.actingAs(Roles.USER));
        return RecoveryCodeSheet.answer(request, Response.Status.OK, activation.recoveryCodes(),
                ActivationResponse.of(activation));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove the authenticator, with a current code")
    public Response remove(@NotNull(message = "a JSON body {code} or {recoveryCode} is required") @Valid
            CredentialRequest body) {
        authenticators.remove(caller.ownExistingAccount(), body.toCredential(), ClientInfos.of(http),
                caller.actingAs(Roles.USER));
        return Response.noContent().build();
    }

}
