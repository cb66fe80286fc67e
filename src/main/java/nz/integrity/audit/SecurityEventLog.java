package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.Role;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What administrators see of the audit trail: security events only (NZISM 16.6.9: logons, lockouts, account and
 * permission changes, refusals, and the audit trail's own administration). Case and personal-information events
 * stay out of their sight. Every listing is itself audited.
 */
@ApplicationScoped
public class SecurityEventLog {

    /** Sorted, so screens can offer them as a stable list. */
    public static final SortedSet<String> ACTIONS = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            "LOGON_SUCCEEDED", "LOGON_FAILED", "LOGON_REFUSED", "LOGGED_OFF",
            "ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED", "STAFF_CREATED", "ACCESS_REFUSED",
            "AUDIT_VERIFIED", "CHECKPOINT_ISSUED", "CHECKPOINT_EXPORTED")));

    /** Screens page by offset; beyond this many rows a narrower filter is the useful answer, not page 500. */
    public static final int MAX_BROWSABLE = 5000;

    static final String AUDIT_EVENT = "AUDIT_EVENT";

    @Inject
    AuditEventFinder finder;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    /** Oldest first after {@code query.afterSeq()}, for API clients that follow the log. */
    @Transactional
    public List<AuditEvent> find(AuditEventQuery query) {
        authorize();
        recordViewed(query, "afterSeq", query.afterSeq());
        return finder.find(query, ACTIONS);
    }

    /** Newest first, one screen page at a time, within the first {@link #MAX_BROWSABLE} matches. */
    @Transactional
    public List<AuditEvent> newestFirst(AuditEventQuery filter, int first, int pageSize) {
        authorize();
        int offset = Math.max(0, Math.min(first, MAX_BROWSABLE));
        int size = Math.max(0, Math.min(pageSize, MAX_BROWSABLE - offset));
        recordViewed(filter, "offset", offset);
        return size == 0 ? List.of() : finder.newestFirst(filter, ACTIONS, offset, size);
    }

    /** Matches, counted up to {@link #MAX_BROWSABLE}. */
    @Transactional
    public int countBrowsable(AuditEventQuery filter) {
        authorize();
        return finder.countUpTo(filter, ACTIONS, MAX_BROWSABLE);
    }

    private void authorize() {
        authorization.requireAnyRole("VIEW_SECURITY_EVENTS", AUDIT_EVENT, null, Role.ADMIN);
    }

    private void recordViewed(AuditEventQuery filter, String position, long at) {
        AuditedAction viewed = AuditedAction.of("SECURITY_EVENTS_VIEWED", AUDIT_EVENT, null).succeeded()
                .with(position, at);
        viewed = withIfPresent(viewed, "objectType", filter.objectType());
        viewed = withIfPresent(viewed, "objectId", filter.objectId());
        viewed = withIfPresent(viewed, "action", filter.action());
        audit.record(withIfPresent(viewed, "actor", filter.actor()));
    }

    private static AuditedAction withIfPresent(AuditedAction action, String key, String value) {
        return value == null ? action : action.with(key, value);
    }
}
