package org.lifeline.web.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures JAX-RS raises itself: unknown paths, wrong methods, media types, refused roles. A refused role without
 * any authenticated caller is a missing token: 401 with a bearer challenge, as the contract says, not 403.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        if (failure instanceof ForbiddenException && security.getUserPrincipal() == null) {
            return Problem.of(ProblemCode.UNAUTHORIZED, "a bearer token is required")
                    .toResponse()
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build();
        }
        Response.ResponseBuilder answer = Problem.ofStatus(status).toResponse();
        if (failure instanceof NotAllowedException) {
            answer.allow(failure.getResponse().getAllowedMethods());
        }
        if (status == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.build();
    }
}
