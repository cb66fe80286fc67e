package nz.integrity.request.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nz.integrity.platform.ValidationException;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.rules.StatutoryPurpose;

/**
 * The plain-language letter that asks a client for information before anyone else is asked (the client-first
 * step, R06). It is not a compulsory notice, so it carries no R02 period; whether the client was given long
 * enough is judged by R06 when a later notice relies on it. The client's rights are fixed wording (IPP 3).
 */
public record ClientLetter(
        Letterhead letterhead,
        Addressee client,
        List<StatutoryPurpose> purposes,
        List<NoticeItem> items,
        String howToRespond,
        LocalDate sentOn,
        LocalDate respondBy) {

    public static final String GREETING = "Tēnā koe";

    public static final String CLOSING = "Nāku noa, nā";

    public static final String WHY_YOU_FIRST = "We are asking you first, before we ask anyone else. If we do not "
            + "get the information from you, we may ask another organisation for it, such as your bank or employer, "
            + "using our powers under Schedule 6 of the Social Security Act 2018. If you cannot get something on the "
            + "list, or need more time, please contact us before the date above.";

    public static final List<String> RIGHTS = List.of(
            "You can ask to see the information we hold about you, and ask us to correct it if you think it is wrong "
                    + "(Privacy Act 2020, information privacy principles 6 and 7).",
            "You can have a representative or support person help you, or be with you when you talk to us, for "
                    + "example a whānau member, a friend, an advocate or a lawyer.",
            "If you are unhappy with how we have collected or handled your information, you can complain to us, "
                    + "and you can complain to the Privacy Commissioner (privacy.org.nz, 0800 803 909).",
            "You can ask us why we need any item on this list.");

    public ClientLetter {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(client, "client");
        purposes = List.copyOf(purposes);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new ValidationException("Items", "A letter must ask for at least one item.");
        }
        if (purposes.isEmpty()) {
            throw new ValidationException("Purposes", "A letter must say why the information is needed (R01).");
        }
        howToRespond = FieldText.paragraph("How to respond", howToRespond, 400);
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(respondBy, "respondBy");
        if (!respondBy.isAfter(sentOn)) {
            throw new ValidationException("Respond by", "The reply date must be after the date the letter is sent.");
        }
    }

    /** The letter for a client request; its terms give the sending date, the reply date and how to reply. */
    public static ClientLetter forClientRequest(
            Letterhead letterhead,
            Addressee client,
            RequestContent content,
            NoticeTerms terms,
            Map<PurposeCode, StatutoryPurpose> codeVersionPurposes) {
        if (content.isThirdPartyNotice()) {
            throw new ValidationException("Type", "A third-party notice request becomes a StatutoryNotice, not a letter.");
        }
        return new ClientLetter(
                letterhead,
                client,
                ApprovedPurposes.wordingFor(content.purposes(), codeVersionPurposes),
                content.items().stream().map(NoticeItem::from).toList(),
                terms.mannerOfCompliance(),
                terms.givenOn(),
                terms.dueOn());
    }
}
