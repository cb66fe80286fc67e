package nz.integrity.audit;

import nz.integrity.platform.ValidationException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which audit events to list: optional filters and a keyset page ({@code seq > afterSeq}, at most {@code limit}).
 * Built from untrusted request parameters, so every field is checked and all problems are reported together.
 */
public record AuditEventQuery(String objectType, String objectId, String action, String actor, long afterSeq, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private static final Pattern CODE = AuditEntry.CODE;
    private static final int MAX_TEXT = 100;

    public AuditEventQuery {
        Map<String, String> problems = new LinkedHashMap<>();
        checkCode("objectType", objectType, problems);
        checkCode("action", action, problems);
        checkText("objectId", objectId, problems);
        checkText("actor", actor, problems);
        if (objectId != null && objectType == null) {
            problems.put("objectId", "needs objectType as well");
        }
        if (afterSeq < 0) {
            problems.put("afterSeq", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            problems.put("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** From query-string values, any of which may be absent (null or blank). */
    public static AuditEventQuery fromParameters(String objectType, String objectId, String action, String actor,
            String afterSeq, String limit) {
        Map<String, String> problems = new LinkedHashMap<>();
        Long after = number("afterSeq", afterSeq, 0, problems);
        Long max = number("limit", limit, DEFAULT_LIMIT, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // Clamped only so the int cast cannot wrap a huge value into range; the constructor still refuses it.
        int clampedLimit = (int) Math.max(0, Math.min(max, MAX_LIMIT + 1L));
        return new AuditEventQuery(blankToNull(objectType), blankToNull(objectId), blankToNull(action),
                blankToNull(actor), after, clampedLimit);
    }

    /** The same filters, for the page after {@code seq}. */
    public AuditEventQuery after(long seq) {
        return new AuditEventQuery(objectType, objectId, action, actor, seq, limit);
    }

    private static Long number(String field, String value, long absent, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            problems.put(field, "must be a whole number");
            return absent;
        }
    }

    private static void checkCode(String field, String value, Map<String, String> problems) {
        if (value != null && !CODE.matcher(value).matches()) {
            problems.put(field, "must be an upper-case code such as STAFF_MEMBER");
        }
    }

    private static void checkText(String field, String value, Map<String, String> problems) {
        if (value != null && (value.isBlank() || value.length() > MAX_TEXT)) {
            problems.put(field, "must be 1 to " + MAX_TEXT + " characters");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
