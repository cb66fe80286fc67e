package nz.integrity.it;

import jakarta.persistence.EntityManager;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.party.RecipientType;
import nz.integrity.request.content.AlternativeConsidered;
import nz.integrity.request.content.ClientFirstBasis;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.Justification;
import nz.integrity.request.content.LessIntrusiveMeans;
import nz.integrity.request.content.PrejudiceGround;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.content.Subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A well-justified bank notice on the demo case that is being investigated, for in-container tests. */
final class RequestDrafts {

    private RequestDrafts() {
    }

    static String investigatingCase(EntityManager em) {
        return (String) em.createNativeQuery("select c.reference from investigation_case c "
                        + "join case_subject s on s.case_id = c.id join client cl on cl.id = s.client_id "
                        + "where cl.client_number = '100000001' and c.status = 'INVESTIGATING' order by c.id")
                .setMaxResults(1).getSingleResult();
    }

    static DateRange period(EntityManager em, String caseReference) {
        Object[] row = (Object[]) em.createNativeQuery("select period_from, period_to from investigation_case where reference = ?1")
                .setParameter(1, caseReference).getSingleResult();
        return new DateRange(LocalDate.parse(row[0].toString()), LocalDate.parse(row[1].toString()));
    }

    static Recipient registered(EntityManager em, String name) {
        Number id = (Number) em.createNativeQuery("select id from recipient_organisation where name = ?1")
                .setParameter(1, name).getSingleResult();
        return new Recipient(String.valueOf(id.longValue()), "as typed by the client", RecipientType.OTHER, false);
    }

    static ClientFirstBasis exception() {
        return new ClientFirstBasis.PrejudiceException(Set.of(PrejudiceGround.COLLUSION_WITH_THIRD_PARTY),
                "The alleged partner is the account holder's employer and told the case officer on 3 June he would "
                        + "'sort the paperwork out with her' before anyone else saw it; records from the client could be altered.",
                "Altered statements would hide the shared household.",
                "The bank holds the only record the client and partner cannot alter.");
    }

    static Justification justification() {
        return new Justification(
                "The client and Ben Walker share a household and finances; joint deposits would confirm or rule this out.",
                "Only the bank's statements show whether wages were paid into an account the client uses.",
                List.of(new AlternativeConsidered(LessIntrusiveMeans.ASK_THE_CLIENT, "Asking would prompt alteration of records: see exception."),
                        new AlternativeConsidered(LessIntrusiveMeans.INFORMATION_MSD_ALREADY_HOLDS, "MSD records show a single rate only."),
                        new AlternativeConsidered(LessIntrusiveMeans.INFORMATION_SHARING_OR_MATCHING, "No match covers this account."),
                        new AlternativeConsidered(LessIntrusiveMeans.PUBLIC_INFORMATION, "Nothing public shows payments."),
                        new AlternativeConsidered(LessIntrusiveMeans.INTERVIEW, "Interview offered; declined by the client.")),
                "One account for the period of the alleged overpayment of about $9,000; statements only.",
                "The range matches the period under investigation exactly.",
                "Payers and payees on the statements are not recorded unless material to the allegation.",
                "None identified; the bank is not the employer of either person.",
                "Only the investigator and approver see the statements; out-of-range pages are quarantined.",
                "The client is told in writing within 10 working days of issue.",
                "");
    }

    static RequestContent bankNotice(EntityManager em, RequestItem item) {
        return new RequestContent(RequestType.THIRD_PARTY_NOTICE, Optional.of(registered(em, "Kiwi Community Bank")),
                List.of(new Subject("100000001", SubjectRole.CLIENT, "x", Optional.empty(), "", "")),
                Set.of(new PurposeCode("ENTITLEMENT"), new PurposeCode("DEBT_RECOVERY")), List.of(item), justification());
    }

    static RequestItem statements(DateRange range, String description) {
        return new RequestItem(InformationCategory.ACCOUNT_STATEMENTS, description, Optional.of(range), exception());
    }

}
