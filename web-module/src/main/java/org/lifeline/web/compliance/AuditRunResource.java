package org.lifeline.web.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.compliance.AuditRun;
import org.lifeline.compliance.AuditRunService;
import org.lifeline.shared.NotFoundException;
import org.lifeline.web.Roles;

@Path("/audit-runs")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Compliance")
public class AuditRunResource {

    @EJB
    AuditRunService runs;

    @Context
    UriInfo uri;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a compliance run now; 409 while one is in progress")
    public Response start() {
        AuditRun run = runs.start();
        return Response.accepted(run).location(uri.getAbsolutePathBuilder().path(String.valueOf(run.runId())).build())
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The most recent runs, newest first")
    public List<AuditRun> recent() {
        return runs.recent(50);
    }

    @GET
    @Path("/{runId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A run: status, times, step metrics, findings by type")
    public AuditRun get(@PathParam("runId") String runId) {
        try {
            return runs.get(Long.parseLong(runId));
        } catch (NumberFormatException e) {
            throw new NotFoundException("no such audit run");
        }
    }
}
