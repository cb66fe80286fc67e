package nz.integrity.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.audit.AuditCheckpoints;
import nz.integrity.audit.AuditVerification;
import nz.integrity.audit.Checkpoint;
import nz.integrity.audit.VerificationResult;
import nz.integrity.audit.VerificationStart;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.review.ReviewGrants;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The reviewer's own check of the audit chain, and the signed checkpoints to keep; nothing here changes data. */
@Named
@ViewScoped
public class ReviewVerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewGrants grants;

    @Inject
    transient AuditVerification verification;

    @Inject
    transient AuditCheckpoints checkpoints;

    @Inject
    ReviewPages pages;

    private transient List<Checkpoint> issued;
    private transient VerificationResult verified;

    public void load() {
        issued = ServiceFeedback.obtain(() -> {
            grants.requireScopeOfCaller("VIEW_REVIEW_VERIFICATION");
            return checkpoints.list();
        }, Map.of()).orElse(List.of());
        pages.stampWatermark();
    }

    public void verify() {
        verified = ServiceFeedback.obtain(() -> {
            grants.requireScopeOfCaller("VERIFY_AUDIT_CHAIN");
            return verification.verify(VerificationStart.GENESIS);
        }, Map.of()).orElse(null);
    }

    /** The checkpoint document, fetched (and audited) only when the reviewer asks for it. */
    public StreamedContent download(long seq) {
        return DefaultStreamedContent.builder()
                .name(AuditCheckpoints.exportFileName(seq))
                .contentType("application/json")
                .stream(() -> new ByteArrayInputStream(checkpoints.export(seq).toJson().getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    public List<Checkpoint> getCheckpoints() {
        return issued;
    }

    public VerificationResult getVerified() {
        return verified;
    }
}
