package nz.integrity.investigation;

import nz.integrity.platform.ValidationException;
import nz.integrity.platform.time.DateBounds;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a piece of evidence came from and why it was collected (whakapapa of the information, domain brief
 * section 6): it cannot be reused for another purpose without that being visible.
 */
public record Provenance(String description, String source, String legalChannel, String purpose, LocalDate collectedOn) {

    public Provenance {
        Map<String, String> problems = new LinkedHashMap<>();
        description = required(description, "description", "Describe the evidence.", 500, problems);
        source = required(source, "source", "Name the source (who supplied it).", 200, problems);
        legalChannel = required(legalChannel, "legalChannel", "Name the legal channel it was obtained through.", 200, problems);
        purpose = required(purpose, "purpose", "State the purpose it was collected for.", 500, problems);
        if (collectedOn == null) {
            problems.put("collectedOn", "Give the date it was collected.");
        } else if (!DateBounds.contains(collectedOn)) {
            problems.put("collectedOn", "Use a date between 1900 and 2099.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String required(String value, String field, String message, int max, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, message);
            return value;
        }
        if (value.length() > max) {
            problems.put(field, "At most " + max + " characters.");
        }
        return value.strip();
    }
}
