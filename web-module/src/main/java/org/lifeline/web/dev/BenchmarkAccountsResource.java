package org.lifeline.web.dev;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lifeline.authenticator.BenchmarkEnrollment;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.web.Caller;
import org.lifeline.web.Roles;

/**
 * The load tests' data loader: {@code POST /api/v1/dev/benchmark-accounts?prefix=P&first=F&count=N} enrolls the
 * accounts P-F to P-(F+N-1) in one transaction and answers their secrets and recovery codes, one "accountId
 * base32Secret code1 .. code10" line each, for the load tool to compute TOTP codes from and to spend the recovery
 * codes. Like the clock, it exists only on development and test servers (a real secret in an answer is the point of
 * it) and answers 404 elsewhere.
 */
@Path("/dev/benchmark-accounts")
@ClockControl
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class BenchmarkAccountsResource {

    @EJB
    BenchmarkEnrollment enrollment;

    @Inject
    Caller caller;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String enroll(
            @QueryParam("prefix") String prefix, @QueryParam("first") int first, @QueryParam("count") int count) {
        if (prefix == null || !prefix.matches("[a-z0-9-]{1,40}")) {
            throw new InvalidRequestException("prefix must be 1 to 40 of a-z, 0-9 and -");
        }
        if (count < 1 || count > BenchmarkEnrollment.MAX_BATCH || first < 0) {
            throw new InvalidRequestException(
                    "count must be 1 to " + BenchmarkEnrollment.MAX_BATCH + " and first at least 0");
        }
        return String.join("\n", enrollment.enroll(prefix, first, count, caller.actingAs(Roles.ADMIN))) + "\n";
    }
}
