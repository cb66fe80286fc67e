package nz.integrity.staff.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * An account signed in with a temporary password (set by an administrator) holds only the
 * {@link #GROUP} group, none of its roles, so nothing else would let it in anyway; this gate turns that into a
 * clear answer: pages go to the change-password page, the API answers 403 JSON naming what to do.
 */
@WebFilter(filterName = "passwordChangeGate", urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeGate extends HttpFilter {

    /** The only group of a caller whose password is temporary. Declared as a role in web.xml. */
    public static final String GROUP = "PASSWORD_CHANGE";
    public static final String PAGE = "/account/password.xhtml";
    public static final String API = "/api/me/password";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.isUserInRole(GROUP) || isAllowed(path(request))) {
            chain.doFilter(request, response);
            return;
        }
        if (path(request).startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":403,\"error\":\"password_change_required\",\"message\":"
                    + "\"Your password was set by an administrator and must be changed first: POST " + API
                    + " with currentPassword and newPassword.\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    private static boolean isAllowed(String path) {
        return path.equals(PAGE) || path.equals(API) || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || path.equals("/login.xhtml") || path.startsWith("/error/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
