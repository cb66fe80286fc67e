package nz.integrity.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native-query columns, which H2 and the PostgreSQL driver return as different Java types. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        return value instanceof Instant i ? i : OffsetDateTime.parse(value.toString()).toInstant();
    }
}
