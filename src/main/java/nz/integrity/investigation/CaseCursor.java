package nz.integrity.investigation;

import nz.integrity.platform.ValidationException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page ended: the sort key and id of its last row, as an opaque token for clients. Tokens are only
 * positions, never a way around the access filter, which is applied again on every page.
 */
public record CaseCursor(CaseSort sort, String key, long id) {

    static CaseCursor after(CaseSort sort, CaseSummary last) {
        String key = switch (sort) {
            case NEWEST, OLDEST -> String.valueOf(last.id());
            case REFERENCE -> last.reference();
            case RECEIVED_LATEST -> last.receivedAt().toString();
            case STATUS -> last.status().name();
        };
        return new CaseCursor(sort, key, last.id());
    }

    Object keyValue() {
        return switch (sort) {
            case NEWEST, OLDEST -> id;
            case REFERENCE -> key;
            case RECEIVED_LATEST -> Instant.parse(key);
            case STATUS -> CaseStatus.valueOf(key);
        };
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sort.name() + "|" + key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static CaseCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
            CaseCursor cursor = new CaseCursor(CaseSort.valueOf(parts[0]), parts[1], Long.parseLong(parts[2]));
            cursor.keyValue();
            return cursor;
        } catch (RuntimeException e) {
            throw new ValidationException("after", "The page token is not valid; start from the first page.");
        }
    }
}
