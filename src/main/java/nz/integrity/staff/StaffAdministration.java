package nz.integrity.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditedAction;
import nz.integrity.audit.AuditTrail;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.Reasons;
import nz.integrity.platform.security.Authorization;

import java.util.List;

/** What an administrator does with staff accounts. Every method checks the caller and audits the change. */
@ApplicationScoped
public class StaffAdministration {

    static final String STAFF_MEMBER = "STAFF_MEMBER";

    @Inject
    StaffDirectory directory;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<StaffMember> listStaff() {
        authorization.requireAnyRole("LIST_STAFF", STAFF_MEMBER, null, Role.ADMIN);
        audit.record(AuditedAction.of("STAFF_LISTED", STAFF_MEMBER, null).succeeded());
        return directory.all();
    }

    @Transactional
    public StaffMember unlock(String username, String reason) {
        authorization.requireAnyRole("UNLOCK_ACCOUNT", STAFF_MEMBER, username, Role.ADMIN);
        String why = Reasons.require(reason);
        StaffMember member = directory.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("No staff member " + username));
        boolean wasLocked = member.isLocked();
        member.unlock();
        audit.record(AuditedAction.of("ACCOUNT_UNLOCKED", STAFF_MEMBER, username).succeeded().because(why)
                .with("wasLocked", wasLocked));
        return member;
    }
}
