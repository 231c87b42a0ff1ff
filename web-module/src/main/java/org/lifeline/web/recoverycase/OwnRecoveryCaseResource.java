package org.lifeline.web.recoverycase;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.recoverycase.CaseView;
import org.lifeline.recoverycase.EvidenceView;
import org.lifeline.recoverycase.OwnershipClaimReceipt;
import org.lifeline.recoverycase.RecoveryCaseService;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

/** The owner's security-reset cases; a case of another account answers 404, like one that does not exist. */
@Path("/me/recovery-cases")
@RequestScoped
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Self-service")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OwnRecoveryCaseResource {

    @Inject
    Caller caller;

    @Inject
    UploadSlots uploads;

    @EJB
    RecoveryCaseService cases;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openRecoveryCase", summary = "Open a security-reset case; one open case per account")
    @APIResponse(
            responseCode = "201",
            description = "The case, AWAITING_EVIDENCE; Location names it",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "QuotaExceeded")
    @APIResponse(responseCode = "422", ref = "SecretPhraseRefused")
    public Response open(
            @NotNull(message = "a JSON body {reason, description, contactEmail} is required") @Valid
                    OpenCaseRequest body) {
        CaseView opened = cases.open(
                caller.ownExistingAccount(),
                body.reason(),
                body.description(),
                body.contactEmail(),
                caller.actingAs(Roles.USER));
        return Response.created(uri.getAbsolutePathBuilder().path(opened.id()).build())
                .entity(opened)
                .build();
    }

    @GET
    @Path("/{caseId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOwnRecoveryCase", summary = "The case with its history")
    @APIResponse(
            responseCode = "200",
            description = "The case with its history",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CaseView get(@PathParam("caseId") String caseId) {
        return cases.ownCase(caller.ownExistingAccount(), caseId);
    }

    @POST
    @Path("/{caseId}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addRecoveryCaseEvidence",
            summary = "Add an evidence file (PNG, JPEG, PDF or MP4 by content; 10 MB, 10 files a case, within the"
                    + " account's evidence allowance: 413 for a file over what is left, 429 when nothing is")
    @APIResponse(
            responseCode = "201",
            description = "The evidence file, stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "QuotaExceeded")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {EvidenceForm.FILE, EvidenceForm.KIND},
                                            properties = {
                                                @SchemaProperty(
                                                        name = EvidenceForm.FILE,
                                                        type = SchemaType.STRING,
                                                        format = "binary",
                                                        description = "The file: PNG, JPEG, PDF or MP4"),
                                                @SchemaProperty(
                                                        name = EvidenceForm.KIND,
                                                        type = SchemaType.STRING,
                                                        enumeration = {
                                                            "ID_DOCUMENT",
                                                            "SELFIE",
                                                            "VIDEO_STATEMENT",
                                                            "OTHER"
                                                        },
                                                        description = "What the file shows; before or after the file")
                                            })))
    public Response addEvidence(@PathParam("caseId") String caseId, @Context HttpHeaders headers, InputStream body) {
        EvidenceView added = uploads.inSlot(() -> cases.addEvidence(
                caller.ownExistingAccount(),
                caseId,
                EvidenceForm.of(headers.getMediaType(), body),
                caller.actingAs(Roles.USER)));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @POST
    @Path("/{caseId}/ownership-claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addOwnershipClaim",
            summary = "Offer proof of ownership: a recent transaction id, deposit or withdrawal address of the account,"
                    + " checked with the platform's ledger; at most 10 a case, only before the case is decided")
    @APIResponse(
            responseCode = "201",
            description = "The claim: PENDING until the platform's verifier answers, UNVERIFIED when there is none."
                    + " What it says is stored encrypted and never shown to the owner again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OwnershipClaimReceipt.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(
            responseCode = "409",
            ref = "Conflict",
            description = "The case is decided (or has a decision), closed, or already has 10 claims")
    @APIResponse(responseCode = "422", ref = "SecretPhraseRefused")
    public Response addOwnershipClaim(
            @PathParam("caseId") String caseId,
            @NotNull(message = "a JSON body {kind, reference, amount, asset, occurredOn} is required") @Valid
                    OwnershipClaimRequest body) {
        OwnershipClaimReceipt added = cases.addOwnershipClaim(
                caller.ownExistingAccount(), caseId, body.kind(), body.claimed(), caller.actingAs(Roles.USER));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @POST
    @Path("/{caseId}/submit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitRecoveryCase",
            summary = "Hand the case to support; needs at least one evidence file")
    @APIResponse(
            responseCode = "200",
            description = "The case, SUBMITTED",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CaseView submit(@PathParam("caseId") String caseId) {
        return cases.submit(caller.ownExistingAccount(), caseId, caller.actingAs(Roles.USER));
    }

    @POST
    @Path("/{caseId}/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelOwnRecoveryCase", summary = "Withdraw the case, until it has taken effect")
    @APIResponse(
            responseCode = "200",
            description = "The case, CANCELLED",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CaseView cancel(@PathParam("caseId") String caseId) {
        return cases.cancel(caller.ownExistingAccount(), caseId, caller.actingAs(Roles.USER));
    }
}
