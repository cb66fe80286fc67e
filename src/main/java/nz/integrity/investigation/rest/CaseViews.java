package nz.integrity.investigation.rest;

import nz.integrity.investigation.AllegationType;
import nz.integrity.investigation.CaseAction;
import nz.integrity.investigation.CaseDecision;
import nz.integrity.investigation.CaseOutcome;
import nz.integrity.investigation.CaseStatus;
import nz.integrity.investigation.CaseSubject;
import nz.integrity.investigation.CaseSummary;
import nz.integrity.investigation.DiaryEntry;
import nz.integrity.investigation.EvidenceItem;
import nz.integrity.investigation.EvidenceScope;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.investigation.Provenance;
import nz.integrity.investigation.ReferralSource;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.staff.StaffMember;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the case API. */
public final class CaseViews {

    private CaseViews() {
    }

    public record CaseView(String reference, CaseStatus status, ReferralSource referralSource, String dataMatchChannel,
                    AllegationType allegationType, String allegationSummary, LocalDate periodFrom, LocalDate periodTo,
                    String team, String assignee, CaseStatus suspendedFrom, LocalDate suspensionReviewDate,
                    CaseOutcome outcome, Instant receivedAt, List<CaseAction> availableActions) {
        static CaseView of(InvestigationCase c) {
            return new CaseView(c.reference().value(), c.status(), c.referralSource(), c.dataMatchChannel().orElse(null),
                    c.allegationType(), c.allegationSummary(), c.period().from(), c.period().to(), c.team().code(),
                    c.assignedInvestigator().map(StaffMember::username).orElse(null), c.suspendedFrom().orElse(null),
                    c.suspensionReviewDate().orElse(null), c.outcome().orElse(null), c.receivedAt(),
                    List.copyOf(CaseAction.availableFrom(c.status())));
        }
    }

    public record PageView(List<CaseSummary> cases, String next) {
    }

    public record DecisionView(CaseStatus from, CaseStatus to, String decidedBy, String decidedRole, Instant decidedAt,
                        String reason, CaseOutcome outcome) {
        static DecisionView of(CaseDecision d) {
            return new DecisionView(d.fromStatus(), d.toStatus(), d.decidedBy(), d.decidedRole(), d.decidedAt(),
                    d.reason(), d.outcome().orElse(null));
        }
    }

    public record SubjectView(String clientNumber, String name, LocalDate dateOfBirth, SubjectRole role) {
        static SubjectView of(CaseSubject s) {
            return new SubjectView(s.client().clientNumber().value(), s.client().fullName(), s.client().dateOfBirth(), s.role());
        }
    }

    public record DiaryView(int entryNumber, String recordedBy, Instant recordedAt, String text, Integer corrects) {
        static DiaryView of(DiaryEntry d) {
            return new DiaryView(d.entryNumber(), d.recordedBy(), d.recordedAt(), d.text(), d.correctsEntryNumber().orElse(null));
        }
    }

    public record EvidenceView(long id, String description, String source, String legalChannel, String purpose,
                        LocalDate collectedOn, String collectedBy, String fileName, Long sizeBytes, String sha256,
                        EvidenceScope scope, boolean disposed) {
        static EvidenceView of(EvidenceItem e) {
            Provenance p = e.provenance();
            return new EvidenceView(e.id(), p.description(), p.source(), p.legalChannel(), p.purpose(), p.collectedOn(),
                    e.collectedBy(), e.fileName().orElse(null), e.sizeBytes().orElse(null), e.sha256().orElse(null),
                    e.scope().orElse(null), e.disposedAt().isPresent());
        }
    }

    public record NewCase(String team, ReferralSource referralSource, String dataMatchChannel, AllegationType allegationType,
                   String allegationSummary, LocalDate periodFrom, LocalDate periodTo) {
    }

    public record Transition(CaseStatus target, String reason, CaseOutcome outcome, LocalDate reviewDate) {
    }

    public record NewSubject(String clientNumber, SubjectRole role) {
    }

    public record NewDiaryEntry(String text, Integer corrects) {
    }

    public record Assignment(String assignee) {
    }

    public record NewEvidence(String description, String source, String legalChannel, String purpose, LocalDate collectedOn,
                       String fileName, String mediaType, String content) {
    }
}
