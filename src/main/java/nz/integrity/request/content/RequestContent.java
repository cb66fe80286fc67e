package nz.integrity.request.content;

import nz.integrity.investigation.SubjectRole;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything an approver approves, and nothing else: the {@link ApprovedContentHash} is computed over exactly
 * this record, so a change to any of it voids an approval (R26) while workflow metadata (status, timestamps,
 * due date) does not.
 *
 * @param recipient empty for a client request, which is addressed to the client; a draft notice may not have
 *                  chosen its recipient yet (R15 then fails)
 */
public record RequestContent(
        RequestType type,
        Optional<Recipient> recipient,
        List<Subject> subjects,
        Set<PurposeCode> purposes,
        List<RequestItem> items,
        Justification justification) {

    public RequestContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recipient, "recipient");
        if (type == RequestType.CLIENT_REQUEST && recipient.isPresent()) {
            throw new IllegalArgumentException("A client request is addressed to the client and has no third-party recipient");
        }
        subjects = List.copyOf(subjects);
        purposes = Collections.unmodifiableSortedSet(new TreeSet<>(purposes));
        items = List.copyOf(items);
        Objects.requireNonNull(justification, "justification");
    }

    public boolean isThirdPartyNotice() {
        return type == RequestType.THIRD_PARTY_NOTICE;
    }

    public boolean hasSubjectWithRole(SubjectRole role) {
        return subjects.stream().anyMatch(subject -> subject.role() == role);
    }
}
