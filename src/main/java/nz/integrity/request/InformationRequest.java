package nz.integrity.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.content.Approval;
import nz.integrity.request.content.ApprovedContentHash;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.content.RequestType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An information request on a case. Its content is kept as canonical JSON; every change of content records the
 * editor and, after approval, voids the approval (R26). Approval binds to the SHA-256 of the content approved.
 * The aggregate owns its decisions: each verdict and each override or acknowledgement an approver records is a child
 * written with the request in the same unit of work.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 15)
    private String reference;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "case_id")
    private InvestigationCase investigationCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false, length = 30)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus status;

    @Column(name = "content_json", nullable = false, columnDefinition = "text")
    private String contentJson;

    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @Column(name = "submission_number", nullable = false)
    private int submissionNumber;

    @Column(name = "code_version", nullable = false, length = 40)
    private String codeVersion;

    @Column(nullable = false, length = 64)
    private String applicant;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_editor", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "username", nullable = false, length = 64)
    private Set<String> editors = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "approved_content_hash", length = 64)
    private String approvedContentHash;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_expires_on")
    private LocalDate approvalExpiresOn;

    @Column(name = "given_on")
    private LocalDate givenOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    /** Added without loading the earlier ones: an inverse, lazy list queues the addition until flush. */
    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    private List<Verdict> verdicts = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    private List<RuleOverride> overrides = new ArrayList<>();

    @Version
    private long version;

    protected InformationRequest() {
        // for JPA
    }

    public InformationRequest(String reference, InvestigationCase investigationCase, RequestContent content,
                              String codeVersion, String applicant, Instant at) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.investigationCase = Objects.requireNonNull(investigationCase, "investigationCase");
        this.type = content.type();
        this.contentJson = RequestContentJson.write(content);
        this.contentVersion = 1;
        this.codeVersion = Objects.requireNonNull(codeVersion, "codeVersion");
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.editors.add(applicant);
        this.status = RequestStatus.DRAFT;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /**
     * Replaces the content. A returned or expired request becomes a draft again; an approved one loses its
     * approval, because what was approved is no longer what would be sent.
     *
     * @return true when an approval was voided by this change
     */
    public boolean revise(RequestContent content, String editor, Instant at) {
        if (content.type() != type) {
            throw new BusinessRuleException("A request cannot change between a client request and a third-party notice.");
        }
        boolean voided = false;
        if (status == RequestStatus.APPROVED) {
            status = status.voidApprovalAfterContentChange();
            clearApproval();
            voided = true;
        } else if (status == RequestStatus.RETURNED || status == RequestStatus.EXPIRED) {
            status = status.reopenAsDraft();
        } else if (status != RequestStatus.DRAFT) {
            throw new BusinessRuleException("A request that is " + describe(status) + " cannot be edited"
                    + (status == RequestStatus.SUBMITTED ? "; ask the supervisor to return it first." : "."));
        }
        String json = RequestContentJson.write(content);
        if (!json.equals(contentJson)) {
            contentJson = json;
            contentVersion++;
            editors.add(editor);
        }
        updatedAt = at;
        return voided;
    }

    public void submit(Instant at) {
        status = status.submit();
        submissionNumber++;
        updatedAt = at;
    }

    /**
     * Approves exactly the current content, valid until the given day, and records the verdict with the approver's
     * reasons: one per OVERRIDE-level rule approved despite its failure, one acknowledgement per WARN rule read.
     * Both maps are keyed by rule id.
     */
    public ApprovedContentHash approve(String approver, Instant at, LocalDate expiresOn, String reason,
                                       Map<String, String> overrideReasons, Map<String, String> acknowledgements) {
        if (approver.equals(applicant) || editors.contains(approver)) {
            throw new BusinessRuleException("Nobody approves a request they applied for or edited (R22).");
        }
        status = status.approve();
        ApprovedContentHash hash = ApprovedContentHash.of(content());
        approvedContentHash = hash.hex();
        approvedBy = approver;
        approvedAt = at;
        approvalExpiresOn = expiresOn;
        updatedAt = at;
        verdicts.add(new Verdict(this, Verdict.Kind.APPROVED, approver, at, reason, hash));
        overrideReasons.forEach((rule, why) ->
                overrides.add(new RuleOverride(this, rule, RuleOverride.Kind.OVERRIDE, why, approver, at)));
        acknowledgements.forEach((rule, text) ->
                overrides.add(new RuleOverride(this, rule, RuleOverride.Kind.ACKNOWLEDGEMENT, text, approver, at)));
        return hash;
    }

    /**
     * Issues exactly what was approved: refuses when the content no longer matches the approved hash (R26),
     * even if something bypassed {@link #revise}.
     */
    public void issue(NoticeTerms terms, String issuer, Instant at) {
        if (approvedContentHash == null || !new ApprovedContentHash(approvedContentHash).matches(content())) {
            throw new BusinessRuleException("The content differs from what was approved; it needs a new approval (R26).",
                    java.util.List.of("R26"));
        }
        status = status.issue();
        givenOn = terms.givenOn();
        dueOn = terms.dueOn();
        issuedBy = issuer;
        issuedAt = at;
        updatedAt = at;
    }

    /** The day the notice or letter was given; empty before issue. */
    public Optional<LocalDate> givenOn() {
        return Optional.ofNullable(givenOn);
    }

    public Optional<NoticeTerms> noticeTerms(String mannerOfCompliance) {
        return givenOn == null ? Optional.empty() : Optional.of(new NoticeTerms(givenOn, dueOn, mannerOfCompliance));
    }

    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    /** A response arrived: an issued request is first taken as awaiting one, then as answered. */
    public void recordResponse(Instant at) {
        if (status == RequestStatus.ISSUED) {
            status = status.awaitResponse();
        }
        status = status.recordResponse();
        updatedAt = at;
    }

    public void finishTriage(Instant at) {
        status = status.triage();
        updatedAt = at;
    }

    public void complete(Instant at) {
        status = status.complete();
        updatedAt = at;
    }

    /** Sends the submission back for rework, recording the verdict and the reason the applicant reads. */
    public void returnForRework(String decider, Instant at, String reason) {
        status = status.returnForRework();
        updatedAt = at;
        verdicts.add(new Verdict(this, Verdict.Kind.RETURNED, decider, at, reason, ApprovedContentHash.of(content())));
    }

    /** Ends the request on this submission, recording the verdict and its reason. */
    public void reject(String decider, Instant at, String reason) {
        status = status.reject();
        updatedAt = at;
        verdicts.add(new Verdict(this, Verdict.Kind.REJECTED, decider, at, reason, ApprovedContentHash.of(content())));
    }

    public void cancel(Instant at) {
        status = status.cancel();
        updatedAt = at;
    }

    public void withdraw(Instant at) {
        status = status.withdraw();
        clearApproval();
        updatedAt = at;
    }

    /** The approval lapses when its last valid day has passed. */
    public boolean approvalHasLapsedOn(LocalDate today) {
        return status == RequestStatus.APPROVED && today.isAfter(approvalExpiresOn);
    }

    public void expireApproval(Instant at) {
        status = status.expireApproval();
        clearApproval();
        updatedAt = at;
    }

    private void clearApproval() {
        approvedContentHash = null;
        approvedBy = null;
        approvedAt = null;
        approvalExpiresOn = null;
    }

    private static String describe(RequestStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public InvestigationCase investigationCase() {
        return investigationCase;
    }

    public RequestType type() {
        return type;
    }

    public RequestStatus status() {
        return status;
    }

    public RequestContent content() {
        return RequestContentJson.read(contentJson);
    }

    public String contentJson() {
        return contentJson;
    }

    public int contentVersion() {
        return contentVersion;
    }

    public int submissionNumber() {
        return submissionNumber;
    }

    public String codeVersion() {
        return codeVersion;
    }

    public String applicant() {
        return applicant;
    }

    public Set<String> editors() {
        return Collections.unmodifiableSet(editors);
    }

    public Optional<Approval> approval() {
        if (approvedContentHash == null) {
            return Optional.empty();
        }
        return Optional.of(new Approval(approvedBy, NewZealandTime.dateOf(approvedAt),
                new ApprovedContentHash(approvedContentHash)));
    }

    public Optional<LocalDate> approvalExpiresOn() {
        return Optional.ofNullable(approvalExpiresOn);
    }

    /** The approvers' decisions on each submission, newest first. */
    public List<Verdict> verdicts() {
        return verdicts.stream().sorted(Comparator.comparingInt(Verdict::submissionNumber).reversed()).toList();
    }

    /** The decision on the latest decided submission: who settled it, when a second decider comes too late. */
    public Optional<Verdict> latestVerdict() {
        return verdicts.stream().max(Comparator.comparingInt(Verdict::submissionNumber));
    }

    /** The overrides and acknowledgements recorded with approvals, in the order recorded. */
    public List<RuleOverride> overrides() {
        return Collections.unmodifiableList(overrides);
    }

    public long version() {
        return version;
    }
}
