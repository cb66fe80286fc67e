package nz.integrity.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this HTTP session and with which groups, fixed at logon. Kept as one immutable value in one
 * session attribute so a request never sees a name without its groups.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SessionCaller.class.getName();

    SessionCaller {
        groups = Set.copyOf(groups);
    }

    /** Called after the session id changed at logon, so the value lives only under the new id. */
    static void remember(HttpServletRequest request, String name, Set<String> groups) {
        request.getSession(true).setAttribute(ATTRIBUTE, new SessionCaller(name, groups));
    }

    /** The caller of the request's session, or null when there is no session or nobody signed in on it. */
    static SessionCaller of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller ? caller : null;
        } catch (IllegalStateException invalidated) {
            // Logged off by a concurrent request of the same session.
            return null;
        }
    }
}
