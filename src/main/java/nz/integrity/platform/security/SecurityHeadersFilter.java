package nz.integrity.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Response headers for every request. Faces pages get their Content-Security-Policy from PrimeFaces, which adds
 * a per-response script nonce to {@link #PAGE_POLICY}; everything else (REST, resources, static files) gets the
 * strict {@link #NON_PAGE_POLICY} here. Two policies on one response would intersect, hence the split.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** Must end with script-src: PrimeFaces appends the nonce to the last directive. Mirrored in web.xml. */
    public static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "script-src 'self'";
    static final String NON_PAGE_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; font-src 'self'; "
            + "script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Also called by the authentication mechanism, whose 401 answers are written before any filter runs.
     */
    public static void applyTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        if (!isStaticResource(request)) {
            // Personal information must not linger in shared or browser caches.
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        String path = pathOf(request);
        return path.endsWith(".xhtml") || path.equals("/") || path.endsWith("/");
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
