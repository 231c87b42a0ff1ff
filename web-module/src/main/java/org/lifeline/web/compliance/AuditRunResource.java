package org.lifeline.web.compliance;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.compliance.AuditReport;
import org.lifeline.compliance.AuditReports;
import org.lifeline.compliance.AuditRun;
import org.lifeline.compliance.AuditRunService;
import org.lifeline.compliance.FindingType;
import org.lifeline.compliance.FindingView;
import org.lifeline.compliance.Findings;
import org.lifeline.compliance.Severity;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

@Path("/audit-runs")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Compliance")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AuditRunResource {

    static final MediaType CSV = new MediaType("text", "csv");
    private static final List<Variant> REPORT_VARIANTS =
            Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV).build();

    @EJB
    AuditRunService runs;

    @EJB
    AuditReports reports;

    @EJB
    Findings findings;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "startAuditRun",
            summary = "Start a compliance run now, optionally over the time since {since}; 409 while one is"
                    + " in progress")
    @APIResponse(
            responseCode = "202",
            description = "The run is starting; Location names it",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditRun.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response start(@RequestBody(required = false) AuditRunRequest body) {
        return started(runs.start(body == null ? null : body.sinceInstant()));
    }

    /** The body is optional: {@code curl -X POST} with none starts a run too. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response startWithoutBody() {
        return started(runs.start(null));
    }

    private Response started(AuditRun run) {
        return Response.accepted(run)
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(run.runId()))
                        .build())
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAuditRuns", summary = "The most recent runs, newest first")
    @APIResponse(responseCode = "200", description = "The most recent runs, newest first")
    public List<AuditRun> recent() {
        return runs.recent(50);
    }

    @GET
    @Path("/{runId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAuditRun", summary = "A run: status, times, window, step metrics, findings by type")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditRun.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AuditRun get(@PathParam("runId") String runId) {
        return runs.get(id(runId));
    }

    @POST
    @Path("/{runId}/abandonment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "abandonAuditRun",
            summary = "Give up a stopped or failed run, so that the next start begins a new run",
            description = "For a run that failed for a reason a restart cannot mend. The run's status becomes"
                    + " ABANDONED; AUDIT_RUN_ABANDONED is recorded with the note on the system chain. The next start"
                    + " without since starts a new run where the last completed run ended. 409 for a run that is"
                    + " running, completed or already abandoned, or was restarted as a later run.")
    @APIResponse(
            responseCode = "200",
            description = "The abandoned run",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditRun.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "SecretPhraseRefused")
    public AuditRun abandon(
            @PathParam("runId") String runId,
            @NotNull(message = "a JSON body {note} is required") @Valid RunAbandonmentRequest body) {
        return runs.abandon(id(runId), body.note(), caller.actingAs(Roles.AUDITOR));
    }

    @GET
    @Path("/{runId}/report")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(
            operationId = "getAuditRunReport",
            summary = "The report of a completed run: findings by type and severity, step metrics, window;"
                    + " Accept: text/csv gives it as CSV")
    @APIResponse(
            responseCode = "200",
            description = "The report, as JSON or CSV",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditReport.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response report(@PathParam("runId") String runId) {
        AuditReport report = reports.of(id(runId));
        Variant chosen = request.selectVariant(REPORT_VARIANTS);
        if (chosen != null && CSV.isCompatible(chosen.getMediaType())) {
            return Response.ok(ReportCsv.of(report), new MediaType("text", "csv", "UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"audit-run-" + report.runId() + ".csv\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{runId}/findings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listAuditRunFindings",
            summary = "A page of the run's findings, optionally of one type and severity")
    @APIResponse(responseCode = "200", description = "A page of findings")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<FindingView> findings(
            @PathParam("runId") String runId,
            @QueryParam("type") String type,
            @QueryParam("severity") String severity,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        FindingType findingType = parse(FindingType.class, "type", type);
        Severity findingSeverity = parse(Severity.class, "severity", severity);
        return findings.find(runs.windowOf(id(runId)), findingType, findingSeverity, request);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    private static long id(String runId) {
        try {
            return Long.parseLong(runId);
        } catch (NumberFormatException e) {
            throw new NotFoundException("no such audit run");
        }
    }
}
