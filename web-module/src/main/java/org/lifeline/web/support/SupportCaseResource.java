package org.lifeline.web.support;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.recoverycase.CaseReviewService;
import org.lifeline.recoverycase.CaseStatus;
import org.lifeline.recoverycase.CaseView;
import org.lifeline.recoverycase.EvidenceFile;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;
import org.lifeline.web.Caller;
import org.lifeline.web.NoStore;
import org.lifeline.web.Roles;

/** Support agents list and read security-reset cases. */
@Path("/recovery-cases")
@RequestScoped
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
@Tag(name = "Support")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class SupportCaseResource {

    @Inject
    Caller caller;

    @EJB
    CaseReviewService cases;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listRecoveryCases",
            summary = "Cases, optionally of one status, newest first; order=oldest gives a queue, oldest first")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<CaseView> list(
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Parameter(
                            description = "newest (the default) or oldest",
                            schema = @Schema(enumeration = {"newest", "oldest"}))
                    @QueryParam("order")
                    String order) {
        return cases.list(parseStatus(status), oldestFirst(order), PageRequest.parse(page, size));
    }

    @GET
    @Path("/{caseId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getRecoveryCase",
            summary = "A case with its history, its ownership claims opened (an audited read) and its risk signals")
    @APIResponse(
            responseCode = "200",
            description = "The case with its evidence and history",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CaseView get(@PathParam("caseId") String caseId) {
        return cases.get(caseId, caller.actingAs(Roles.SUPPORT));
    }

    @POST
    @Path("/{caseId}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideRecoveryCase",
            summary = "Approve or reject a submitted case; HIGH accounts need two approvals by two agents")
    @APIResponse(
            responseCode = "200",
            description = "The case after the decision",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "SecretPhraseRefused")
    public CaseView decide(
            @PathParam("caseId") String caseId,
            @NotNull(message = "a JSON body {decision, note} is required") @Valid DecisionRequest body) {
        return cases.decide(caseId, body.decision(), body.note(), caller.actingAs(Roles.SUPPORT));
    }

    @GET
    @Path("/{caseId}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getRecoveryCaseEvidence", summary = "An evidence file; every read is audited")
    @APIResponse(
            responseCode = "200",
            description = "The evidence file as it was uploaded",
            content =
                    @Content(
                            mediaType = MediaType.WILDCARD,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response evidence(@PathParam("caseId") String caseId, @PathParam("evidenceId") String evidenceId) {
        EvidenceFile file = cases.readEvidence(caseId, evidenceId, caller.actingAs(Roles.SUPPORT));
        // a part at a time, each decrypted and checked before it is sent: one segment in memory per download
        StreamingOutput parts = out -> {
            for (int part = 0; part < file.parts(); part++) {
                out.write(cases.evidencePart(file, part));
            }
        };
        // an uploaded file is hostile until a person has looked at it: never sniffed into another type, never
        // rendered with script or the API's origin, even when a browser opens it in place of saving it
        return Response.ok(parts, file.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header("Content-Disposition", "attachment; filename=\"evidence-" + evidenceId + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-SHA256", file.sha256())
                .cacheControl(NoStore.cacheControl())
                .build();
    }

    private static boolean oldestFirst(String order) {
        if (order == null || order.isBlank() || order.strip().equals("newest")) {
            return false;
        }
        if (order.strip().equals("oldest")) {
            return true;
        }
        throw new InvalidRequestException("order must be newest or oldest");
    }

    private static CaseStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status must be one of " + Arrays.toString(CaseStatus.values()));
        }
    }
}
