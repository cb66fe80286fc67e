package nz.integrity.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for two audiences. Pages use a Faces logon form (credentials arrive through
 * {@code SecurityContext.authenticate}) and a session; {@code /api} uses stateless HTTP Basic and answers
 * 401 as JSON, never with a logon page. Jakarta Security allows a single mechanism per application,
 * hence both in one class.
 *
 * <p>A continuing page session hands its caller back to the container on every request from what the logon stored
 * in the HTTP session ({@link SessionCaller}). The container's own session registration
 * ({@code setRegisterSession}) was racy under concurrency: a request could see the principal without its groups
 * and answer 403 to a caller who may see the page (issue 9, item 10).
 */
@ApplicationScoped
public class IntegrityAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGON_PAGE = "/login.xhtml";
    private static final String API_PREFIX = "/api/";
    private static final String METRICS = "/metrics";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    MonitoringAccess monitoring;

    @Inject
    SourceThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (isMetrics(request)) {
            return validateMetricsRequest(request, response, context);
        }
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        SessionCaller sessionCaller = SessionCaller.of(request);
        if (sessionCaller != null && !context.isAuthenticationRequest()) {
            return context.notifyContainerAboutLogin(sessionCaller.name(), sessionCaller.groups());
        }
        if (context.isAuthenticationRequest()) {
            return logOnFromForm(request, context);
        }
        if (context.isProtected()) {
            return sendToLogonPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus logOnFromForm(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        CredentialValidationResult result = credential == null
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // Session fixation: the pre-logon session id must not survive the logon.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SessionCaller.remember(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus sendToLogonPage(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String logonUrl = request.getContextPath() + LOGON_PAGE + "?continue="
                + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8)
                + (sessionEnded(request) ? "&ended=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax postback after the session ended cannot follow an HTTP redirect; Faces understands this one.
            writeBody(response, HttpServletResponse.SC_OK, "text/xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + logonUrl.replace("&", "&amp;") + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(logonUrl);
    }

    /** The browser still presents a session the server no longer has: it timed out (or the server restarted). */
    private static boolean sessionEnded(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String basic = basicToken(request);
        if (basic != null) {
            ApiCredential credential = decodeBasic(basic);
            if (credential != null) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(request, response, "The credentials were not accepted, or the account is locked.");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "Authentication is required: use HTTP Basic with your staff credentials.");
        }
        return context.doNothing();
    }

    /**
     * Payara serves MicroProfile Metrics inside the application at the context root, so this mechanism guards it:
     * only the monitoring account from configuration ({@link MonitoringAccess}) gets in, over HTTP Basic; staff
     * credentials and sessions do not count here. Failures are slowed per source address like sign-ins.
     */
    private AuthenticationStatus validateMetricsRequest(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String source = request.getRemoteAddr();
        if (throttle.waitFor(source).isPresent()) {
            return unauthorized(request, response, "Too many failed attempts from this address; try again later.");
        }
        String basic = basicToken(request);
        UsernamePasswordCredential credential = basic == null ? null : decodeBasic(basic);
        if (credential != null && monitoring.accepts(credential.getCaller(), credential.getPasswordAsString())) {
            return context.notifyContainerAboutLogin(monitoring.username(), Set.of(MonitoringAccess.ROLE));
        }
        if (credential != null) {
            throttle.failed(source);
        }
        return unauthorized(request, response, "Only the monitoring account reads the metrics.");
    }

    /** The credentials part of an {@code Authorization: Basic ...} header, or null when the request has none. */
    private static String basicToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                ? authorization.substring(6).trim() : null;
    }

    private static ApiCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new ApiCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String message) {
        SecurityHeadersFilter.applyTo(request, response);
        response.setHeader("WWW-Authenticate", "Basic realm=\"integrity\", charset=\"UTF-8\"");
        writeBody(response, HttpServletResponse.SC_UNAUTHORIZED, "application/json",
                "{\"status\":401,\"error\":\"unauthorized\",\"message\":\"" + message + "\"}");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void writeBody(HttpServletResponse response, int status, String contentType, String body) {
        try {
            response.setStatus(status);
            response.setContentType(contentType);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
            // Committing the response keeps the container from swapping in an HTML error page.
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the authentication response", e);
        }
    }

    private static boolean isMetrics(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(METRICS) || path.startsWith(METRICS + "/");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX) || path.equals("/api");
    }
}
