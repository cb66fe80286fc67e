package nz.integrity.platform.web;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Errors the servlet container raises itself for an {@code /api} request (a NUL or malformed escape in the path, a
 * method not allowed, an exception outside JAX-RS) are answered in the API's JSON error shape instead of the HTML
 * error page a person would see; every other request keeps its page.
 */
@WebFilter(filterName = "apiErrorPages", urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorPages extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api")) {
            chain.doFilter(request, response);
            return;
        }
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        String error = switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "request_entity_too_large";
            case 414 -> "request_uri_too_long";
            default -> status >= 500 ? "internal_server_error" : "error";
        };
        String message = status >= 500 ? "Something went wrong; nothing was changed."
                : "The request could not be understood (" + error.replace('_', ' ').toLowerCase(Locale.ROOT) + ").";
        String body = Json.createObjectBuilder().add("status", status).add("error", error).add("message", message)
                .add("fields", Json.createObjectBuilder()).add("rules", Json.createArrayBuilder()).build().toString();
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
