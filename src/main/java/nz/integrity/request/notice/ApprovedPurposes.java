package nz.integrity.request.notice;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nz.integrity.platform.ValidationException;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.rules.StatutoryPurpose;

/** Turns a request's purpose codes into the wording of the Code version it was approved under (R01). */
final class ApprovedPurposes {

    private ApprovedPurposes() {
    }

    static List<StatutoryPurpose> wordingFor(Set<PurposeCode> codes, Map<PurposeCode, StatutoryPurpose> codeVersionPurposes) {
        return codes.stream().sorted().map(code -> {
            StatutoryPurpose purpose = codeVersionPurposes.get(code);
            if (purpose == null) {
                throw new ValidationException("Purposes", "Purpose " + code + " is not in the Code version's list (R01).");
            }
            return purpose;
        }).toList();
    }
}
