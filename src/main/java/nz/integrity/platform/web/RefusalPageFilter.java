package nz.integrity.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nz.integrity.platform.security.UnauditedRefusals;

import java.io.IOException;

/**
 * Audits a page refusal that nothing else audited (see {@link UnauditedRefusals}) when the container shows the
 * 403 or 404 error page: the folder constraints of {@code web.xml} (a reviewer opening a case page) and pages
 * that answer 404 for what the caller may not see. Only Faces pages count: a missing image is not a refusal.
 */
@WebFilter(filterName = "refusalPages", urlPatterns = {"/error/403.xhtml", "/error/404.xhtml"},
        dispatcherTypes = DispatcherType.ERROR)
public class RefusalPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UnauditedRefusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status instanceof Integer code && path instanceof String uri) {
            String page = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
            if (page.endsWith(".xhtml") || page.endsWith("/")) {
                refusals.recordIfUnaudited(code, request.getMethod(), "PAGE", page);
            }
        }
        chain.doFilter(request, response);
    }
}
