package nz.integrity.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is acting and from where, for authorization checks and audit events. */
@ApplicationScoped
public class CallerContext {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<HttpServletRequest> request;

    public String username() {
        Principal principal = principal();
        if (principal != null) {
            return principal.getName();
        }
        return remoteAddress() != null ? ANONYMOUS : SYSTEM;
    }

    public boolean isAuthenticated() {
        return principal() != null;
    }

    public boolean hasRole(Role role) {
        return isAuthenticated() && securityContext.isCallerInRole(role.name());
    }

    public Set<Role> roles() {
        if (!isAuthenticated()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(Role.values()).filter(this::hasRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** The roles as recorded in audit events: comma-separated, or "-" for an anonymous or system caller. */
    public String rolesForAudit() {
        Set<Role> roles = roles();
        return roles.isEmpty() ? "-" : roles.stream().map(Role::name).collect(Collectors.joining(","));
    }

    /** The client address of the current HTTP request, or "system" for work that no request started. */
    public String origin() {
        String address = remoteAddress();
        return address != null ? address : SYSTEM;
    }

    private Principal principal() {
        try {
            return securityContext.getCallerPrincipal();
        } catch (RuntimeException e) {
            // Outside an HTTP request (startup, timers) there is no caller.
            return null;
        }
    }

    /** Null outside an HTTP request: Weld refuses the request bean there (startup, timers). */
    private String remoteAddress() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
