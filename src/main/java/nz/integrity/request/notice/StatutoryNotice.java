package nz.integrity.request.notice;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nz.integrity.platform.ValidationException;
import nz.integrity.platform.calendar.NzWorkingDayCalendar;
import nz.integrity.platform.calendar.WorkingDayCalendar;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.rules.StatutoryPurpose;

/**
 * A written notice under Schedule 6 clause 2 requiring a third party to provide information, holding exactly
 * what will be printed. Every component is approved structured data; the legal wording is fixed here, so no
 * caller can add, soften or drop it, and there is no component for free text.
 *
 * <p>The constructor refuses a notice that could not lawfully be given: fewer than
 * {@value #STATUTORY_MINIMUM_WORKING_DAYS} working days to comply (R02), nothing asked for, no purpose, or a
 * missing standard exclusion.
 *
 * @param exclusions what the recipient must leave out; always includes {@link Exclusion#ALWAYS}
 */
public record StatutoryNotice(
        Letterhead letterhead,
        Addressee recipient,
        List<PersonConcerned> peopleConcerned,
        List<StatutoryPurpose> purposes,
        List<NoticeItem> items,
        Set<Exclusion> exclusions,
        String mannerOfCompliance,
        LocalDate givenOn,
        LocalDate dueOn) {

    /** Fixed by the Act; the Code's R02 threshold may be raised but never below this. */
    public static final int STATUTORY_MINIMUM_WORKING_DAYS = 5;

    public static final String LEGAL_BASIS = "Schedule 6, clause 2 of the Social Security Act 2018";

    public static final String MANDATORY_NATURE = "This notice is given under " + LEGAL_BASIS + ". It requires you "
            + "to provide the information described below, free of charge, by the due date and in the manner stated "
            + "in this notice. Providing it is required by law, not a request you may decline.";

    public static final String CONSEQUENCE = "If you do not comply without a reasonable excuse, the Ministry may "
            + "take action under the Social Security Act 2018, which can include prosecution for an offence. This "
            + "statement is included in every notice and does not suggest that you have done anything wrong.";

    public static final String PRIVILEGE = "You do not have to provide any information or document that is "
            + "privileged, for example because of legal professional privilege. If you hold something back for this "
            + "reason, tell us what it is and the privilege you rely on. A District Court Judge can decide a claim of "
            + "privilege if it is disputed.";

    public static final String FREE_OF_CHARGE = "You cannot charge a fee for providing this information.";

    // The working-day definition is the statute's (Legislation Act 2019 s 13), not a policy choice, so there is one.
    private static final WorkingDayCalendar NZ_WORKING_DAYS = new NzWorkingDayCalendar();

    public StatutoryNotice {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(recipient, "recipient");
        peopleConcerned = List.copyOf(peopleConcerned);
        purposes = List.copyOf(purposes);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new ValidationException("Items", "A notice must ask for at least one item.");
        }
        if (purposes.isEmpty()) {
            throw new ValidationException("Purposes", "A notice must state at least one Schedule 6 clause 3 purpose (R01).");
        }
        if (peopleConcerned.isEmpty()) {
            throw new ValidationException("People concerned", "A notice must say whose information it asks for.");
        }
        if (!exclusions.containsAll(Exclusion.ALWAYS)) {
            throw new ValidationException("Exclusions", "A notice must always exclude " + Exclusion.ALWAYS + " (R16, R11).");
        }
        // EnumSet keeps declaration order, so the printed list, and so the document's hash, never depends on input order.
        exclusions = Collections.unmodifiableSet(EnumSet.copyOf(exclusions));
        mannerOfCompliance = FieldText.paragraph("Manner of compliance", mannerOfCompliance, 400);
        Objects.requireNonNull(givenOn, "givenOn");
        Objects.requireNonNull(dueOn, "dueOn");
        requireStatutoryPeriod(givenOn, dueOn);
    }

    /**
     * The notice for an approved third-party request. The addressee comes from the registry, so it is checked
     * against the approved recipient rather than trusted.
     *
     * @param codeVersionPurposes the purposes of the Code version the request was approved under
     *                            ({@code StatutoryPurposeRule.purposes()} of its rule set)
     */
    public static StatutoryNotice forApprovedRequest(
            Letterhead letterhead,
            Addressee recipient,
            RequestContent content,
            NoticeTerms terms,
            Map<PurposeCode, StatutoryPurpose> codeVersionPurposes,
            Set<Exclusion> additionalExclusions) {
        if (!content.isThirdPartyNotice()) {
            throw new ValidationException("Type", "Only a third-party notice request becomes a statutory notice; "
                    + "a client request becomes a ClientLetter.");
        }
        String approvedName = content.recipient().orElseThrow(() ->
                new ValidationException("Recipient", "The request has no recipient.")).name();
        if (!approvedName.equals(recipient.name())) {
            throw new ValidationException("Recipient", "The notice is addressed to '" + recipient.name()
                    + "' but the request was approved for '" + approvedName + "'.");
        }
        Set<Exclusion> exclusions = EnumSet.copyOf(Exclusion.ALWAYS);
        exclusions.addAll(additionalExclusions);
        return new StatutoryNotice(
                letterhead,
                recipient,
                content.subjects().stream().map(PersonConcerned::from).toList(),
                ApprovedPurposes.wordingFor(content.purposes(), codeVersionPurposes),
                content.items().stream().map(NoticeItem::from).toList(),
                exclusions,
                terms.mannerOfCompliance(),
                terms.givenOn(),
                terms.dueOn());
    }

    /** The earliest due date R02 allows for a notice given on {@code givenOn}. */
    public static LocalDate earliestDueDate(LocalDate givenOn) {
        return NZ_WORKING_DAYS.addWorkingDays(givenOn, STATUTORY_MINIMUM_WORKING_DAYS);
    }

    private static void requireStatutoryPeriod(LocalDate givenOn, LocalDate dueOn) {
        int allowed = dueOn.isAfter(givenOn) ? NZ_WORKING_DAYS.workingDaysBetween(givenOn, dueOn) : 0;
        if (allowed < STATUTORY_MINIMUM_WORKING_DAYS) {
            throw new NoticePeriodTooShortException(givenOn, dueOn, allowed, STATUTORY_MINIMUM_WORKING_DAYS,
                    earliestDueDate(givenOn));
        }
    }
}
