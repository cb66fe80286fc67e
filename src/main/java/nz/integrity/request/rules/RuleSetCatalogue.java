package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** All known Code versions' rule sets; picks the one in force on a date (R05). */
public final class RuleSetCatalogue {

    private final List<RuleSet> ruleSets;

    public RuleSetCatalogue(List<RuleSet> ruleSets) {
        this.ruleSets = ruleSets.stream()
                .sorted(Comparator.comparing(ruleSet -> ruleSet.codeVersion().effectiveFrom()))
                .toList();
        for (int i = 1; i < this.ruleSets.size(); i++) {
            CodeVersion earlier = this.ruleSets.get(i - 1).codeVersion();
            CodeVersion later = this.ruleSets.get(i).codeVersion();
            if (earlier.overlaps(later)) {
                // Two Codes in force on one day would make the applicable rules ambiguous.
                throw new IllegalArgumentException("Code versions " + earlier.id() + " and " + later.id() + " overlap");
            }
        }
    }

    public RuleSet applicableOn(LocalDate date) {
        return ruleSets.stream()
                .filter(ruleSet -> ruleSet.codeVersion().inForceOn(date))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No Code version is in force on " + date + "; known versions: " + describeVersions()));
    }

    /** The rule set of a named Code version, to read a request in the words it was drafted under. */
    public java.util.Optional<RuleSet> version(String codeVersionId) {
        return ruleSets.stream().filter(ruleSet -> ruleSet.codeVersion().id().equals(codeVersionId)).findFirst();
    }

    private String describeVersions() {
        return ruleSets.stream()
                .map(RuleSet::codeVersion)
                .map(version -> version.id() + " from " + version.effectiveFrom()
                        + version.effectiveUntil().map(until -> " until " + until).orElse(""))
                .collect(Collectors.joining("; "));
    }
}
