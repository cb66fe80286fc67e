package nz.integrity.staff;

import nz.integrity.platform.Reasons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.FieldChecks;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.security.AccessDeniedException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.Role;
import nz.integrity.platform.time.NewZealandTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Delegations are the data that decides who may approve what and when; a role alone never does. Administrators
 * grant and revoke them from a signed instrument; other services ask {@link #authoritiesInForce}.
 */
@ApplicationScoped
public class DelegationAdministration {

    static final String DELEGATION = "DELEGATION";

    @Inject
    StaffDirectory staff;

    @Inject
    Authorization authorization;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public List<Delegation> list() {
        authorization.requireAnyRole("LIST_DELEGATIONS", DELEGATION, null, Role.ADMIN);
        return em.createQuery("select d from Delegation d order by d.delegate.username, d.window.validFrom desc, d.id",
                Delegation.class).getResultList();
    }

    @Transactional
    public Delegation grant(String delegateUsername, DelegatedAuthority authority, String instrument,
                            LocalDate validFrom, LocalDate validTo) {
        authorization.requireAnyRole("GRANT_DELEGATION", DELEGATION, delegateUsername, Role.ADMIN);
        FieldChecks checks = new FieldChecks();
        checks.requireText(delegateUsername, "delegate", "Choose who receives the delegation.")
                .require(authority != null, "authority", "Choose the authority delegated.")
                .requireText(instrument, "instrument", "Name the delegation instrument.")
                .maxLength(instrument, 200, "instrument")
                .require(validFrom != null, "validFrom", "Enter the first day the delegation applies.")
                .require(validTo != null, "validTo", "Enter the last day the delegation applies.");
        if (validFrom != null && validTo != null) {
            checks.require(!validTo.isBefore(validFrom), "validTo", "The last day cannot be before the first day.")
                    .require(!validTo.isBefore(NewZealandTime.today(clock)), "validTo",
                            "The delegation would already have ended.");
        }
        checks.throwIfAny();
        StaffMember delegate = staff.findByUsername(delegateUsername)
                .orElseThrow(() -> new NotFoundException("No staff member " + delegateUsername));
        if (delegate.username().equals(caller.username())) {
            audit.recordIndependently(AuditedAction.of("ACCESS_REFUSED", DELEGATION, delegateUsername)
                    .denied("SoD-7: nobody grants a delegation to themselves")
                    .with("attempted", "GRANT_DELEGATION").with("rule", "SoD-7"));
            throw new AccessDeniedException("Nobody can grant a delegation to themselves (SoD-7). "
                    + "Another administrator has to record it.");
        }
        if (!delegate.isActive() || !delegate.hasRole(Role.SUPERVISOR)) {
            throw new BusinessRuleException(delegateUsername
                    + " must be an active supervisor to hold a delegated authority.");
        }
        Delegation delegation = new Delegation(delegate, authority, instrument, validFrom, validTo,
                caller.username(), clock.instant());
        em.persist(delegation);
        em.flush();
        audit.record(AuditedAction.of("DELEGATION_GRANTED", DELEGATION, String.valueOf(delegation.id())).succeeded()
                .with("delegate", delegateUsername).with("authority", authority.name())
                .with("instrument", delegation.instrument())
                .with("validFrom", validFrom.toString()).with("validTo", validTo.toString()));
        return delegation;
    }

    @Transactional
    public Delegation revoke(long id, String reason) {
        authorization.requireAnyRole("REVOKE_DELEGATION", DELEGATION, String.valueOf(id), Role.ADMIN);
        Reasons.require(reason);
        Delegation delegation = em.find(Delegation.class, id);
        if (delegation == null) {
            throw new NotFoundException("No delegation " + id);
        }
        if (delegation.revokedAt().isPresent()) {
            throw new BusinessRuleException("This delegation is already revoked.");
        }
        delegation.revoke(clock.instant(), reason.strip());
        audit.record(AuditedAction.of("DELEGATION_REVOKED", DELEGATION, String.valueOf(id)).succeeded().because(reason)
                .with("delegate", delegation.delegate().username()).with("authority", delegation.authority().name()));
        return delegation;
    }

    /**
     * The authorities the person holds on that day under unrevoked delegations. For services that have already
     * checked their own caller (case decisions, request approvals); nothing is recorded, as it reveals no case data.
     */
    @Transactional
    public Set<DelegatedAuthority> authoritiesInForce(String username, LocalDate day) {
        Set<DelegatedAuthority> held = EnumSet.noneOf(DelegatedAuthority.class);
        em.createQuery("select d from Delegation d where d.delegate.username = :u and d.delegate.active = true "
                        + "and d.revokedAt is null and d.window.validFrom <= :day and d.window.validTo >= :day", Delegation.class)
                .setParameter("u", username).setParameter("day", day)
                .getResultStream()
                .filter(d -> d.isInForceOn(day))
                .forEach(d -> held.add(d.authority()));
        return held;
    }
}
