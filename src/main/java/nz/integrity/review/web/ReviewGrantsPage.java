package nz.integrity.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.review.ReviewGrant;
import nz.integrity.review.ReviewGrants;
import nz.integrity.review.ReviewMode;
import nz.integrity.staff.StaffMember;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Review grants for the administrator acting as privacy officer: issue one to an active reviewer account, and
 * revoke it with a reason. The rules (SoD-9, identified access only for a named case with the client's
 * authority) stay in {@link ReviewGrants}; this page only collects the input and shows the answers.
 */
@Named
@ViewScoped
public class ReviewGrantsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> ISSUE_INPUTS = Map.of(
            "reviewer", "issueForm:reviewer", "mode", "issueForm:mode", "caseReference", "issueForm:caseReference",
            "clientAuthority", "issueForm:clientAuthority", "validFrom", "issueForm:validFrom",
            "validTo", "issueForm:validTo", "reason", "issueForm:reason");
    private static final Map<String, String> REVOKE_INPUTS = Map.of("reason", "revokeForm:revokeReason");
    private static final int DEFAULT_MONTHS = 3;

    @Inject
    transient ReviewGrants grants;

    @Inject
    transient Clock clock;

    private transient List<ReviewGrant> grantList;
    private transient List<StaffMember> reviewers;

    private String reviewer;
    private ReviewMode mode;
    private String caseReference;
    private String clientAuthority;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String reason;
    private Long revoking;
    private String revokeReason;
    private String revokingLabel;

    /** A new grant starts today (New Zealand) and runs three months unless the administrator chooses otherwise. */
    @PostConstruct
    void startAfresh() {
        LocalDate today = NewZealandTime.today(clock);
        reviewer = null;
        mode = ReviewMode.AGGREGATE;
        caseReference = null;
        clientAuthority = null;
        validFrom = today;
        validTo = today.plusMonths(DEFAULT_MONTHS).minusDays(1);
        reason = null;
    }

    public List<ReviewGrant> getGrants() {
        if (grantList == null) {
            grantList = grants.list();
        }
        return grantList;
    }

    public void issue() {
        boolean identified = isIdentified();
        if (ServiceFeedback.attempt(() -> grants.issue(reviewer, mode, identified ? caseReference : null,
                identified ? clientAuthority : null, validFrom, validTo, reason), ISSUE_INPUTS)) {
            Messages.info("admin.reviewGrants.issued", reviewer);
            startAfresh();
            grantList = null;
        }
    }

    public void prepareRevoke(long id) {
        revoking = id;
        revokeReason = null;
        revokingLabel = getGrants().stream().filter(grant -> grant.id() == id).findFirst().map(this::revokeLabelOf).orElse(null);
    }

    public void revoke() {
        if (revoking != null && ServiceFeedback.attempt(() -> grants.revoke(revoking, revokeReason), REVOKE_INPUTS)) {
            Messages.info("admin.reviewGrants.revoked");
            revoking = null;
            revokeReason = null;
            grantList = null;
        }
    }

    /** In words, so the state never depends on colour alone; a revocation carries its reason. */
    public String statusOf(ReviewGrant grant) {
        if (grant.revokedAt().isPresent()) {
            return Messages.text("admin.reviewGrants.statusRevoked", grant.revokedReason().orElse(""));
        }
        return Messages.text(switch (grant.window().positionOf(NewZealandTime.today(clock))) {
            case NOT_YET -> "admin.reviewGrants.statusFuture";
            case IN_FORCE -> "admin.reviewGrants.statusActive";
            case ENDED -> "admin.reviewGrants.statusExpired";
        });
    }

    /** Names the grant, so that each row's button says which grant it revokes. */
    public String revokeLabelOf(ReviewGrant grant) {
        return Messages.text("admin.reviewGrants.revokeLabel", String.valueOf(grant.id()), grant.reviewer());
    }

    public List<StaffMember> getReviewerChoices() {
        if (reviewers == null) {
            reviewers = grants.candidates();
        }
        return reviewers;
    }

    public ReviewMode[] getModes() {
        return ReviewMode.values();
    }

    /** The case and the client's authority are asked for only for identified access. */
    public boolean isIdentified() {
        return mode == ReviewMode.IDENTIFIED;
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public ReviewMode getMode() {
        return mode;
    }

    public void setMode(ReviewMode mode) {
        this.mode = mode;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    public String getClientAuthority() {
        return clientAuthority;
    }

    public void setClientAuthority(String clientAuthority) {
        this.clientAuthority = clientAuthority;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The dialog says which grant it revokes, as the row's button did. */
    public String getRevokingLabel() {
        return revokingLabel;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
