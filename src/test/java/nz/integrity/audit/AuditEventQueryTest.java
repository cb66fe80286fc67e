package nz.integrity.audit;

import nz.integrity.platform.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditEventQueryTest {

    @Test
    void absentParametersMeanEverythingFromTheStartInPagesOfFifty() {
        AuditEventQuery query = AuditEventQuery.fromParameters(null, " ", null, "", null, " ");
        assertNull(query.objectType());
        assertNull(query.objectId());
        assertEquals(0, query.afterSeq());
        assertEquals(AuditEventQuery.DEFAULT_LIMIT, query.limit());
    }

    @Test
    void everyBadFieldIsNamed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> AuditEventQuery.fromParameters("staff", "x", "logon", null, "-1", "201"));
        assertEquals(Map.of("objectType", "must be an upper-case code such as STAFF_MEMBER",
                "action", "must be an upper-case code such as STAFF_MEMBER",
                "afterSeq", "must be 0 or more",
                "limit", "must be between 1 and 200"), e.fieldMessages());
    }

    @Test
    void numbersMustBeWholeNumbersAndHugeLimitsDoNotWrapIntoRange() {
        assertEquals(Map.of("afterSeq", "must be a whole number", "limit", "must be a whole number"),
                assertThrows(ValidationException.class,
                        () -> AuditEventQuery.fromParameters(null, null, null, null, "1e3", "ten")).fieldMessages());
        assertEquals(Map.of("limit", "must be between 1 and 200"), assertThrows(ValidationException.class,
                () -> AuditEventQuery.fromParameters(null, null, null, null, null, "4294967346")).fieldMessages());
    }

    @Test
    void anObjectIdNeedsItsType() {
        assertEquals(Map.of("objectId", "needs objectType as well"), assertThrows(ValidationException.class,
                () -> AuditEventQuery.fromParameters(null, "admin", null, null, null, null)).fieldMessages());
    }

    @Test
    void theNextPageKeepsTheFilters() {
        AuditEventQuery query = AuditEventQuery.fromParameters("STAFF_MEMBER", "admin", "LOGON_FAILED", "admin", "5", "10");
        assertEquals(new AuditEventQuery("STAFF_MEMBER", "admin", "LOGON_FAILED", "admin", 42, 10), query.after(42));
    }
}
