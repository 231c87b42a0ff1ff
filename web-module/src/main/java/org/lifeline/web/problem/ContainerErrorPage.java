package org.lifeline.web.problem;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors the container answers before JAX-RS runs (a refused or malformed bearer token, an unknown path outside
 * the API) leave as problem+json too. Mapped as the error page of every status in {@code web.xml}; and, as
 * {@code /problem/404} and {@code /problem/405}, the target the server configuration rewrites requests to that the
 * container would otherwise answer with an HTML page (a path under {@code META-INF} or {@code WEB-INF}, a method the
 * OpenAPI document is not served with).
 */
@WebServlet({"/problem", "/problem/*"})
public class ContainerErrorPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer s
                ? s
                : "/405".equals(request.getPathInfo())
                        ? HttpServletResponse.SC_METHOD_NOT_ALLOWED
                        : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(code);
        if (code == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.createWriter(response.getWriter()).write(Problem.ofStatus(code).toJson());
    }
}
