package org.lifeline.web.dev;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.lifeline.shared.DevClock;
import org.lifeline.web.problem.Problem;

/**
 * On a server without clock control the clock resource does not exist: 404, as for any unknown path, and before
 * the role check, so no caller learns that it could exist.
 */
@Provider
@ClockControl
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class ClockControlFilter implements ContainerRequestFilter {

    @EJB
    DevClock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!clock.available()) {
            request.abortWith(Problem.ofStatus(404).toResponse().build());
        }
    }
}
