package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nz.integrity.request.content.Approval;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.RequestContent;

/**
 * An immutable snapshot of everything the rules need, taken at one checkpoint. The request entity supplies
 * {@link RequestContent}, its notice terms and approval; the service adds the case, the people and the date.
 * Rules read nothing else, so a stored snapshot can be re-evaluated later (for example against a newer Code).
 *
 * @param today             the evaluation date; at issue it is the issue date
 * @param notice            the notice terms; empty while a draft has none yet
 * @param applicantId       the investigator who made the request
 * @param contentEditorIds  everyone who drafted or edited the approvable content, applicant included (R22)
 * @param approver          the approver, once there is one (from approval onwards)
 * @param approval          the recorded approval, once there is one (at issue)
 * @param otherRequestsOnCase every other request on the same case (R30)
 * @param informationHeld   information the case already holds or has asked for (R31)
 */
public record RequestFacts(
        Checkpoint checkpoint,
        LocalDate today,
        String requestReference,
        RequestContent content,
        Optional<NoticeTerms> notice,
        CaseContext caseContext,
        String applicantId,
        Set<String> contentEditorIds,
        Optional<Approver> approver,
        Optional<Approval> approval,
        List<CaseRequestSummary> otherRequestsOnCase,
        List<HeldInformation> informationHeld) {

    public RequestFacts {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(requestReference, "requestReference");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(caseContext, "caseContext");
        Objects.requireNonNull(applicantId, "applicantId");
        contentEditorIds = Set.copyOf(contentEditorIds);
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(approval, "approval");
        otherRequestsOnCase = List.copyOf(otherRequestsOnCase);
        informationHeld = List.copyOf(informationHeld);
    }
}
