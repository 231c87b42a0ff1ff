package org.lifeline.web;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.lifeline.web.problem.Problem;
import org.lifeline.web.problem.ProblemCode;

/**
 * Refuses {@code TRACE} (and its old twin {@code TRACK}) before any servlet sees it, as a 405 problem: a trace echoes
 * the request, its {@code Authorization} header included, which is what cross-site tracing steals. The listener's own
 * refusal ({@code disallowed-methods}) answered an empty 405, the one answer of the API that was not a problem; the
 * server configuration leaves the refusal to this filter.
 */
@WebFilter(urlPatterns = "/*")
public class TraceRefusal implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request instanceof HttpServletRequest http ? http.getMethod() : "";
        if (!"TRACE".equalsIgnoreCase(method) && !"TRACK".equalsIgnoreCase(method)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        answer.setContentType(Problem.MEDIA_TYPE);
        answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.createWriter(answer.getWriter())
                .write(Problem.of(ProblemCode.METHOD_NOT_ALLOWED, method + " is not served")
                        .toJson());
    }
}
