package nz.integrity;

import nz.integrity.investigation.AllegationType;
import nz.integrity.investigation.CaseAction;
import nz.integrity.investigation.CaseOutcome;
import nz.integrity.investigation.CaseSort;
import nz.integrity.investigation.CaseStatus;
import nz.integrity.investigation.EvidenceScope;
import nz.integrity.investigation.ReferralSource;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.party.RecipientType;
import nz.integrity.platform.web.Messages;
import nz.integrity.request.content.ClientResponse;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.LessIntrusiveMeans;
import nz.integrity.request.content.PrejudiceGround;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.rules.Checkpoint;
import nz.integrity.request.rules.Outcome;
import nz.integrity.request.rules.RuleLevel;
import nz.integrity.request.web.RequestForm;
import nz.integrity.platform.security.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 9 item 18: every enum constant a page shows has words in the message bundle, under the prefix the pages use,
 * so nobody reads "ACCOUNT_STATEMENTS" or "ISSUED".
 */
class UiEnumLabelsTest {

    /** The message-key prefix each page uses for an enum, as in the .xhtml files. */
    private static final Map<String, Class<? extends Enum<?>>> SHOWN = Map.ofEntries(
            Map.entry("case.status.", CaseStatus.class), Map.entry("case.allegation.", AllegationType.class),
            Map.entry("case.outcome.", CaseOutcome.class), Map.entry("case.role.", SubjectRole.class),
            Map.entry("case.sort.", CaseSort.class), Map.entry("case.source.", ReferralSource.class),
            Map.entry("case.action.", CaseAction.class), Map.entry("request.scope.", EvidenceScope.class),
            Map.entry("request.basis.", RequestForm.Basis.class), Map.entry("request.category.", InformationCategory.class),
            Map.entry("request.response.", ClientResponse.class), Map.entry("request.type.", RequestType.class),
            Map.entry("request.status.", RequestStatus.class), Map.entry("request.checkpoint.", Checkpoint.class),
            Map.entry("request.ground.", PrejudiceGround.class), Map.entry("request.level.", RuleLevel.class),
            Map.entry("request.means.", LessIntrusiveMeans.class), Map.entry("request.outcome.", Outcome.class),
            Map.entry("request.recipientType.", RecipientType.class),
            Map.entry("audit.outcome.", nz.integrity.audit.Outcome.class), Map.entry("admin.role.", Role.class));

    @Test
    @DisplayName("Every enum constant shown on a page has a bundle key")
    void everyShownConstantHasWords() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        SHOWN.forEach((prefix, type) -> Arrays.stream(type.getEnumConstants())
                .map(constant -> prefix + constant.name()).filter(key -> !bundle.containsKey(key)).forEach(missing::add));
        assertEquals(List.of(), missing.stream().sorted().toList());
    }
}
