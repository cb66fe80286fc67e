package nz.integrity.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.audit.AuditCheckpoints;
import nz.integrity.audit.AuditEvent;
import nz.integrity.audit.AuditEventQuery;
import nz.integrity.audit.AuditVerification;
import nz.integrity.audit.SecurityEventLog;
import nz.integrity.audit.VerificationResult;
import nz.integrity.audit.VerificationStart;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/** The administrator's security-event list, chain verification and checkpoints. The services decide and audit. */
@Named
@ViewScoped
public class SecurityEventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityEventLog log;

    @Inject
    transient AuditVerification verification;

    @Inject
    transient AuditCheckpoints checkpoints;

    private String action;
    private String actor;
    private transient VerificationResult verified;
    private Long issuedSeq;

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return log.countBrowsable(filter());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.newestFirst(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return Long.toString(event.seq());
        }
    };

    public void verify() {
        verified = verification.verify(VerificationStart.GENESIS);
    }

    public void issueCheckpoint() {
        try {
            issuedSeq = checkpoints.issue().checkpoint().seq();
            Messages.info("audit.checkpointIssued", issuedSeq);
        } catch (BusinessRuleException e) {
            Messages.errorText(e.getMessage());
        }
    }

    /** The export document of the checkpoint just issued, fetched (and audited) when the download is asked for. */
    public StreamedContent getDownload() {
        long seq = issuedSeq;
        return DefaultStreamedContent.builder()
                .name(AuditCheckpoints.exportFileName(seq))
                .contentType("application/json")
                .stream(() -> new ByteArrayInputStream(checkpoints.export(seq).toJson().getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    public SortedSet<String> getActions() {
        return SecurityEventLog.ACTIONS;
    }

    private AuditEventQuery filter() {
        return new AuditEventQuery(null, null, blankToNull(action), blankToNull(actor), 0, AuditEventQuery.MAX_LIMIT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public VerificationResult getVerified() {
        return verified;
    }

    public Long getIssuedSeq() {
        return issuedSeq;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
