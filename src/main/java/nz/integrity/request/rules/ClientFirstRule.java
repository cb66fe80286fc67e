package nz.integrity.request.rules;

import nz.integrity.platform.calendar.WorkingDayCalendar;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.ClientFirstBasis;
import nz.integrity.request.content.ClientFirstBasis.ClientAsked;
import nz.integrity.request.content.ClientFirstBasis.PrejudiceException;
import nz.integrity.request.content.ClientResponse;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.RequestItem;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R06: the Code's core safeguard. Before a third party is compelled to give the client's information, the client
 * must have been given the chance to supply that same information, unless a case-specific determination says
 * asking would prejudice the maintenance of the law. The 2019 inquiry found that exception applied as a blanket
 * rule, so an exception without case-specific facts does not count here; a genuine one still needs the
 * approver's reason under R07.
 *
 * @param minimumResponseWorkingDays the least time the client must have been given to respond
 * @param minimumExceptionFactsCharacters how much must remain of the exception's facts once stock wording is removed
 * @param stockPhrases wording that states the exception rather than the facts behind it ("high risk",
 *                     "prejudice the maintenance of the law")
 */
public record ClientFirstRule(
        WorkingDayCalendar workingDays,
        int minimumResponseWorkingDays,
        int minimumExceptionFactsCharacters,
        PhraseList stockPhrases) implements Rule {

    @Override
    public String id() {
        return "R06";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Client asked first for the same information, or a case-specific exception is recorded";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        RequestContent content = facts.content();
        Inputs in = inputs().put("requestType", content.type())
                .put("minimumResponseWorkingDays", minimumResponseWorkingDays)
                .put("minimumExceptionFactsCharacters", minimumExceptionFactsCharacters);
        if (!content.isThirdPartyNotice()) {
            return RuleResult.notApplicable(this, "A client request is itself the client-first step.", in.map());
        }
        if (!content.hasSubjectWithRole(SubjectRole.CLIENT)) {
            return RuleResult.notApplicable(this, "The notice does not seek the client's own information; "
                    + "a partner's own first step is checked by R14b.", in.map());
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < content.items().size(); i++) {
            RequestItem item = content.items().get(i);
            problems.addAll(problemsWith(i, item, in));
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "For every item the client was first asked for the same information, or a "
                + "case-specific prejudice exception with facts is recorded (the approver must confirm it under R07).",
                in.map());
    }

    private List<String> problemsWith(int index, RequestItem item, Inputs in) {
        String label = Labels.item(index, item);
        String key = Labels.key(index);
        ClientFirstBasis basis = item.clientFirst();
        if (basis instanceof ClientAsked asked) {
            return problemsWithAsking(label, key, item, asked, in);
        }
        if (basis instanceof PrejudiceException exception) {
            return problemsWithException(label, key, exception, in);
        }
        in.put(key + ".clientFirst", "none");
        return List.of("For " + label + " the client was not asked first and no prejudice exception is recorded.");
    }

    private List<String> problemsWithAsking(String label, String key, RequestItem item, ClientAsked asked, Inputs in) {
        int responseDays = workingDays.workingDaysBetween(asked.askedOn(), asked.responseDueOn());
        in.put(key + ".clientRequest", asked.clientRequestRef())
                .put(key + ".askedCategory", asked.askedCategory())
                .put(key + ".askedRange", asked.askedRange())
                .put(key + ".itemRange", item.range())
                .put(key + ".clientResponseWorkingDays", responseDays)
                .put(key + ".clientResponse", asked.response());
        List<String> problems = new ArrayList<>();
        if (asked.askedCategory() != item.category()) {
            problems.add("For " + label + " the client was asked for " + asked.askedCategory()
                    + ", which is not the same information.");
        }
        item.range().filter(range -> !asked.askedRange().contains(range)).ifPresent(range ->
                problems.add("For " + label + " the client was asked about " + asked.askedRange().inWords()
                        + " but the notice asks about " + range.inWords() + "."));
        if (responseDays < minimumResponseWorkingDays) {
            problems.add("For " + label + " the client was given " + responseDays + " working days to respond; at least "
                    + minimumResponseWorkingDays + " are required.");
        }
        if (asked.response() == ClientResponse.PROVIDED) {
            problems.add("For " + label + " the client has already provided the information; a notice may only cover "
                    + "what the client did not satisfactorily provide.");
        }
        return problems;
    }

    private List<String> problemsWithException(String label, String key, PrejudiceException exception, Inputs in) {
        String specificFacts = stockPhrases.withoutPhrases(exception.facts());
        in.put(key + ".exceptionGrounds", exception.grounds())
                .put(key + ".exceptionFactsCharacters", Text.normalise(exception.facts()).length())
                .put(key + ".exceptionSpecificFactsCharacters", specificFacts.length())
                .put(key + ".exceptionStockPhrasesFound", stockPhrases.foundIn(exception.facts()));
        List<String> problems = new ArrayList<>();
        if (exception.grounds().isEmpty()) {
            problems.add("The prejudice exception for " + label + " names no ground.");
        }
        if (specificFacts.length() < minimumExceptionFactsCharacters) {
            problems.add("The prejudice exception for " + label + " gives no case-specific facts (" + specificFacts.length()
                    + " characters once stock wording is removed; at least " + minimumExceptionFactsCharacters
                    + " are required). A blanket exception cannot replace asking the client first.");
        }
        if (Text.isBlank(exception.harmExpected())) {
            problems.add("The prejudice exception for " + label + " does not say what harm asking the client would cause.");
        }
        if (Text.isBlank(exception.whyAlternativesFail())) {
            problems.add("The prejudice exception for " + label + " does not say why less intrusive alternatives fail.");
        }
        return problems;
    }
}
