package org.lifeline.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountService;
import org.lifeline.audit.AuditTrail;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;
import org.lifeline.web.Roles;

@Path("/accounts/{accountId}/events")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.SUPPORT, Roles.ADMIN})
@Tag(name = "Compliance")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AccountEventsResource {

    @EJB
    AccountService accounts;

    @EJB
    AuditTrail audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAccountEvents", summary = "The account's audit events, newest first")
    @APIResponse(responseCode = "200", description = "A page of the account's audit events")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<AuditEventView> events(
            @PathParam("accountId") String accountId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        AccountId account = AccountId.of(accountId);
        PageRequest request = PageRequest.parse(page, size);
        if (!accounts.exists(account)) {
            throw new NotFoundException("no such account");
        }
        return audit.eventsOf(account.value(), request).map(AuditEventView::of);
    }
}
