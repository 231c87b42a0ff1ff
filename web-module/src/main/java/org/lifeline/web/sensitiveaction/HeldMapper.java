package org.lifeline.web.sensitiveaction;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lifeline.sensitiveaction.HeldException;
import org.lifeline.status.SensitiveActions;
import org.lifeline.web.problem.Problem;
import org.lifeline.web.problem.ProblemCode;

/** 423 {@code held}: the problem, with the gate's {@code reasons} and {@code blockedUntil} beside its members. */
@Provider
public class HeldMapper implements ExceptionMapper<HeldException> {

    @Override
    public Response toResponse(HeldException held) {
        SensitiveActions gate = held.gate();
        JsonObjectBuilder problem = JSON.createObjectBuilder(
                Problem.of(ProblemCode.HELD, held.getMessage()).toJson());
        JsonArrayBuilder reasons = JSON.createArrayBuilder();
        for (SensitiveActions.Reason reason : gate.reasons()) {
            JsonObjectBuilder each =
                    JSON.createObjectBuilder().add("code", reason.code().name());
            if (reason.until() == null) {
                each.addNull("until");
            } else {
                each.add("until", reason.until().toString());
            }
            reasons.add(each);
        }
        problem.add("reasons", reasons);
        if (gate.blockedUntil() == null) {
            problem.addNull("blockedUntil");
        } else {
            problem.add("blockedUntil", gate.blockedUntil().toString());
        }
        return Response.status(ProblemCode.HELD.status())
                .type(Problem.MEDIA)
                .entity(problem.build())
                .build();
    }
}
