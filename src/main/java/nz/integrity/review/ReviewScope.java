package nz.integrity.review;

import java.util.Set;

/** What a reviewer may see today: de-identified views always, identities only for the named cases. */
public record ReviewScope(String reviewer, Set<String> identifiedCases) {

    public ReviewScope {
        identifiedCases = Set.copyOf(identifiedCases);
    }

    public boolean mayIdentify(String caseReference) {
        // Set.copyOf refuses to look up null, and a page may ask before any case is named.
        return caseReference != null && identifiedCases.contains(caseReference);
    }
}
