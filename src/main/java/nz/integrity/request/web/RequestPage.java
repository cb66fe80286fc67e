package nz.integrity.request.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.investigation.CaseAccess;
import nz.integrity.investigation.CaseScope;
import nz.integrity.investigation.CaseService;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.party.RecipientOrganisation;
import nz.integrity.party.RecipientRegistry;
import nz.integrity.party.RecipientType;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.request.CheckedRequest;
import nz.integrity.request.content.ClientResponse;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.InformationRequest;
import nz.integrity.request.content.PrejudiceGround;
import nz.integrity.request.RequestQueries;
import nz.integrity.request.RequestService;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.content.RequestTransition;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.RequestVerdict;
import nz.integrity.request.rules.CheckReport;
import nz.integrity.request.rules.RuleResult;
import nz.integrity.request.rules.RuleSet;
import nz.integrity.request.rules.RuleSetCatalogue;
import nz.integrity.request.rules.StatutoryPurpose;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The request page: drafting and revising a request with the Code checklist beside it, submitting, withdrawing,
 * and issuing and downloading the notice once approved. An approver from another team reads the request here
 * too, so the page reads the case only when drafting a new request, never to show an existing one.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ISSUED_SHA256 = "issuedSha256";
    private static final Set<RequestStatus> EDITABLE = EnumSet.of(RequestStatus.DRAFT, RequestStatus.RETURNED,
            RequestStatus.APPROVED, RequestStatus.EXPIRED);
    private static final Set<RequestStatus> ISSUED = EnumSet.of(RequestStatus.ISSUED, RequestStatus.AWAITING_RESPONSE,
            RequestStatus.RESPONSE_RECEIVED, RequestStatus.TRIAGED, RequestStatus.COMPLETE, RequestStatus.CANCELLED);

    /** Where on the form each rule's failure is put right: the anchor of the section holding its fields. */
    private static final Map<String, String> SECTION_OF_RULE = Map.ofEntries(
            Map.entry("R01", "purposesHeading"), Map.entry("R06", "itemsHeading"), Map.entry("R07", "itemsHeading"),
            Map.entry("R08", "itemsHeading"), Map.entry("R10", "itemsHeading"), Map.entry("R11a", "itemsHeading"),
            Map.entry("R11b", "itemsHeading"), Map.entry("R12", "justificationHeading"),
            Map.entry("R13", "justificationHeading"), Map.entry("R14a", "subjectsHeading"),
            Map.entry("R14b", "subjectsHeading"), Map.entry("R15", "itemsHeading"), Map.entry("R16", "itemsHeading"),
            Map.entry("R17", "recipientHeading"), Map.entry("R18", "itemsHeading"),
            Map.entry("R20", "justificationHeading"));

    @Inject
    transient RequestService requests;

    @Inject
    transient RequestQueries queries;

    @Inject
    transient CaseService cases;

    @Inject
    transient CaseAccess access;

    @Inject
    transient RecipientRegistry recipients;

    @Inject
    transient RuleSetCatalogue catalogue;

    @Inject
    transient Clock clock;

    private String reference;
    private String caseReference;
    private RequestStatus status;
    private RequestForm form;
    private boolean investigator;
    private boolean caseVisible;
    private CheckReport report;
    private String withdrawReason;
    private String cancelReason;
    private String codeVersion;
    private String issuedSha256;
    private transient List<RecipientOrganisation> recipientList;
    private transient List<RequestVerdict> verdicts;

    /** A request outside the caller's reach answers like one that does not exist: the not-found page. */
    public void open() throws IOException {
        investigator = access.scopeOfCaller().map(CaseScope::investigator).orElse(false);
        issuedSha256 = (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(ISSUED_SHA256);
        try {
            if (reference != null && !reference.isBlank()) {
                load(queries.show(reference));
            } else {
                InvestigationCase investigationCase = cases.open(caseReference);
                form = new RequestForm();
                form.addItem(investigationCase.period().from(), investigationCase.period().to());
                offerCaseSubjects();
            }
        } catch (NotFoundException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            ExternalContext external = context.getExternalContext();
            external.responseSendError(404, e.getMessage());
            context.responseComplete();
        }
    }

    /** Shows a request as a use case left it, with the checklist that use case computed in its own transaction. */
    private void load(CheckedRequest shown) {
        InformationRequest request = shown.request();
        reference = request.reference();
        caseReference = request.investigationCase().reference().value();
        status = request.status();
        codeVersion = request.codeVersion();
        caseVisible = access.scopeOfCaller().map(scope -> scope.canSee(request.investigationCase())).orElse(false);
        form = RequestForm.of(request.content());
        if (isEditable()) {
            offerCaseSubjects();
        }
        report = shown.checklist().orElse(null);
        verdicts = null;
    }

    public List<RequestVerdict> getVerdicts() {
        if (verdicts == null) {
            verdicts = isNew() ? List.of() : queries.verdicts(reference);
        }
        return verdicts;
    }

    /** Only the case team edits, and they may read the case's subjects; an approver never gets here. */
    private void offerCaseSubjects() {
        form.offerSubjects(cases.subjects(caseReference).stream()
                .map(s -> new RequestForm.SubjectLine(s.client().clientNumber().value(), s.client().fullName(), s.role()))
                .toList());
    }

    /** Saves the form (a new draft, or a revision) and checks it against the Code at once. */
    public void save() throws IOException {
        boolean first = isNew();
        if (persist()) {
            Messages.info("request.saved", reference);
            showOwnAddressAfter(first);
        }
    }

    /**
     * Saves and submits in one transaction, which also answers with the checklist for the next step. A submission
     * the rules refuse leaves the content saved and shows the refusal one rule to a line.
     */
    public void submit() throws IOException {
        boolean first = isNew();
        var content = form.toContent(recipientTypes());
        var submitted = ServiceFeedback.obtain(() -> requests.saveAndSubmit(caseReference, reference, content), Map.of());
        if (submitted.isEmpty()) {
            refresh();
            return;
        }
        load(submitted.get());
        submitted.get().refusal().ifPresentOrElse(refusal -> ServiceFeedback.attempt(() -> {
            throw refusal;
        }, Map.of(), this::sectionFor), () -> Messages.info("request.submitted", reference));
        showOwnAddressAfter(first);
    }

    /**
     * Post-redirect-get after a new draft's first save: the address becomes the request's own, so reloading or
     * bookmarking shows the saved request instead of a blank form for the case. Messages travel in the flash.
     */
    private void showOwnAddressAfter(boolean firstSave) throws IOException {
        if (firstSave) {
            showOwnAddress();
        }
    }

    private void showOwnAddress() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/cases/request.xhtml?ref="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8));
    }

    public void withdraw() throws IOException {
        if (ServiceFeedback.attempt(() -> requests.withdraw(reference, withdrawReason), Map.of("reason", "withdrawForm:withdrawReason"))) {
            Messages.info("request.withdrawn", reference);
            showOwnAddress();
        }
    }

    /** After issue the recipient holds the notice: cancelling produces the letter that tells them not to comply. */
    public void cancel() {
        if (ServiceFeedback.attempt(() -> requests.cancel(reference, cancelReason), Map.of("reason", "cancelForm:cancelReason"))) {
            Messages.info("request.cancelled", reference);
            refresh();
        }
    }

    public boolean isCancelled() {
        return status == RequestStatus.CANCELLED;
    }

    /**
     * Issues after the person confirmed it, then shows the request afresh at its own address: the issued page has no
     * edit controls left over from the approved one. The notice's hash travels in the flash.
     */
    public void issue() throws IOException {
        var issued = ServiceFeedback.obtain(() -> requests.issue(reference), Map.of());
        if (issued.isPresent()) {
            Messages.info("request.issued", reference);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(ISSUED_SHA256, issued.get().sha256());
            showOwnAddress();
        } else {
            refresh();
        }
    }

    private boolean persist() {
        var content = form.toContent(recipientTypes());
        var saved = ServiceFeedback.obtain(() -> requests.saveAndCheck(caseReference, reference, content), Map.of());
        saved.ifPresent(checked -> {
            reference = checked.request().reference();
            status = checked.request().status();
            report = checked.checklist().orElse(null);
        });
        return saved.isPresent();
    }

    public void refresh() {
        if (reference != null) {
            ServiceFeedback.obtain(() -> queries.show(reference), Map.of()).ifPresent(this::load);
        }
    }

    public void addItem() {
        form.addItem(null, null);
    }

    public void removeItem(RequestForm.ItemForm item) {
        form.getItems().remove(item);
    }

    /** The anchor of the form section that puts a failed rule right, while the form is there to edit; else null. */
    public String sectionFor(String ruleId) {
        return isEditable() ? SECTION_OF_RULE.get(ruleId) : null;
    }

    public boolean isNew() {
        return reference == null || reference.isBlank();
    }

    public boolean isEditable() {
        return investigator && (isNew() || EDITABLE.contains(status));
    }

    public boolean isWithdrawable() {
        return investigator && !isNew() && status.allows(RequestTransition.WITHDRAW);
    }

    public boolean isCancellable() {
        return investigator && !isNew() && status.allows(RequestTransition.CANCEL);
    }

    public boolean isInvestigator() {
        return investigator;
    }

    /** Whether the caller works the request's case, as its team does; an approver from elsewhere does not. */
    public boolean isCaseVisible() {
        return caseVisible;
    }

    public boolean isIssuable() {
        return investigator && status == RequestStatus.APPROVED;
    }

    public boolean isIssued() {
        return ISSUED.contains(status);
    }

    public List<RecipientOrganisation> getRecipients() {
        if (recipientList == null) {
            recipientList = investigator ? recipients.search(null, null) : List.of();
        }
        return recipientList;
    }

    private Map<String, RecipientType> recipientTypes() {
        return getRecipients().stream().collect(Collectors.toMap(r -> String.valueOf(r.id()), RecipientOrganisation::type));
    }

    private RuleSet ruleSet() {
        return catalogue.applicableOn(NewZealandTime.today(clock));
    }

    public List<StatutoryPurpose> getPurposes() {
        return ruleSet().purposes();
    }

    /** A purpose code in the words of the Code version the request was drafted under; an unknown code as it is. */
    public String describePurpose(String code) {
        RuleSet drafted = codeVersion == null ? ruleSet() : catalogue.version(codeVersion).orElseGet(this::ruleSet);
        return drafted.purposes().stream().filter(purpose -> purpose.code().value().equals(code))
                .map(StatutoryPurpose::description).findFirst().orElse(code);
    }

    /** A notice offers the categories the Code allows its recipient's type; a client may be asked for anything but content. */
    public List<InformationCategory> getCategories() {
        if (form.getType() == RequestType.CLIENT_REQUEST) {
            return Arrays.stream(InformationCategory.values()).filter(c -> !c.isCommunicationsContent()).toList();
        }
        RecipientType type = form.getRecipientId() == null ? null : recipientTypes().get(form.getRecipientId());
        Set<InformationCategory> allowed = type == null ? Set.of() : ruleSet().allowedCategories(type);
        return Arrays.stream(InformationCategory.values()).filter(allowed::contains).toList();
    }

    /** Rules that passed or do not concern this request, listed after the ones needing attention. */
    public List<RuleResult> getPassed() {
        return report == null ? List.of() : report.results().stream().filter(result -> !result.failed()).toList();
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public PrejudiceGround[] getGrounds() {
        return PrejudiceGround.values();
    }

    public RequestForm.Basis[] getBases() {
        return RequestForm.Basis.values();
    }

    public ClientResponse[] getResponses() {
        return ClientResponse.values();
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String caseReference) { this.caseReference = caseReference; }
    public RequestStatus getStatus() { return status; }
    public RequestForm getForm() { return form; }
    public CheckReport getReport() { return report; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getIssuedSha256() { return issuedSha256; }
}
