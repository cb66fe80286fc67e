package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nz.integrity.platform.security.RefusalLog;

/** Refusals decided on the ground floor ({@code Authorization}) become ACCESS_REFUSED events of the audit trail. */
@ApplicationScoped
public class AuditedRefusals implements RefusalLog {

    @Inject
    AuditTrail audit;

    @Override
    public void recordRefusal(String action, String objectType, String objectId, String why) {
        audit.recordIndependently(AuditedAction.of("ACCESS_REFUSED", objectType, objectId).denied(why).with("attempted", action));
    }
}
