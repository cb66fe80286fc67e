package nz.integrity.request;

import nz.integrity.platform.security.Role;
import nz.integrity.request.content.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nz.integrity.investigation.CaseAccess;
import nz.integrity.investigation.CaseScope;
import nz.integrity.investigation.CaseService;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.staff.DelegatedAuthority;
import nz.integrity.staff.DelegationAdministration;

import java.time.Clock;
import java.util.Set;

/**
 * Who reaches a request, and for what: the case team reads and changes it (need-to-know through
 * {@link CaseAccess}); a supervisor with a request-approval delegation reads and decides submitted requests of other
 * teams. A request out of reach answers like one that does not exist; refusals are audited by the case checks and
 * {@link Authorization}.
 */
@ApplicationScoped
public class RequestAccess {

    @Inject
    RequestRepository repository;

    @Inject
    CaseService cases;

    @Inject
    CaseAccess caseAccess;

    @Inject
    CallerContext caller;

    @Inject
    Authorization authorization;

    @Inject
    DelegationAdministration delegations;

    @Inject
    Clock clock;

    /** A supervisor with a request-approval delegation in force today. */
    public boolean mayApprove() {
        return caller.hasRole(Role.SUPERVISOR) && delegations.authoritiesInForce(caller.username(), NewZealandTime.today(clock))
                .stream().anyMatch(a -> a == DelegatedAuthority.APPROVE_INFORMATION_REQUEST
                        || a == DelegatedAuthority.APPROVE_ELEVATED_REQUEST);
    }

    /** Reading: the case team, or a supervisor who may approve (they need the request to decide it). */
    public InformationRequest findVisible(String reference, String attempted) {
        InformationRequest request = repository.load(reference, false);
        if (mayApprove() && request.status() != RequestStatus.DRAFT) {
            return request;
        }
        cases.findVisible(request.investigationCase().reference().value(), attempted);
        return request;
    }

    /** The request on a case the caller may see; no approver's shortcut, for what only the case's people read. */
    public InformationRequest findOnVisibleCase(String reference, String attempted) {
        InformationRequest request = repository.load(reference, false);
        cases.findVisible(request.investigationCase().reference().value(), attempted);
        return request;
    }

    /** Changing content or withdrawing: the case team only; the request is locked for the change. */
    public InformationRequest findForCaseTeam(String reference, String attempted) {
        InformationRequest request = repository.load(reference, true);
        CaseScope scope = caseAccess.requireScope();
        cases.findVisible(request.investigationCase().reference().value(), attempted, scope, false);
        if (!scope.investigator()) {
            throw authorization.refuse(attempted, RequestService.REQUEST, reference, "only the investigating team changes a request");
        }
        return request;
    }

    /** Deciding: a supervisor with a delegation; independence is then checked by the rules (R21, R22). */
    public InformationRequest findForApprover(String reference, String attempted) {
        InformationRequest request = repository.load(reference, true);
        if (!mayApprove()) {
            if (caseAccess.scopeOfCaller().map(s -> s.canSee(request.investigationCase())).orElse(false)) {
                throw authorization.refuse(attempted, RequestService.REQUEST, reference, "needs a request-approval delegation");
            }
            throw new NotFoundException("No request " + reference);
        }
        return request;
    }

    /** The teams whose requests the caller may not decide: their own. */
    public Set<Long> callersTeams() {
        return caseAccess.scopeOfCaller().map(CaseScope::teamIds).orElse(Set.of());
    }
}
