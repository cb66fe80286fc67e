package nz.integrity.staff;

import nz.integrity.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffMemberTest {

    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");

    private static StaffMember investigator() {
        return new StaffMember("ivy", "Ivy", "hash", Set.of(Role.INVESTIGATOR));
    }

    @Test
    void thirdConsecutiveFailureLocksTheAccount() {
        StaffMember member = investigator();
        assertFalse(member.recordFailedLogon(NOW, 3));
        assertFalse(member.recordFailedLogon(NOW, 3));
        assertTrue(member.recordFailedLogon(NOW, 3), "the third failure is the locking one");
        assertTrue(member.isLocked());
        assertFalse(member.mayLogOn());
        assertEquals(NOW, member.lockedAt().orElseThrow());
    }

    @Test
    void successResetsTheCountSoFailuresMustBeConsecutive() {
        StaffMember member = investigator();
        member.recordFailedLogon(NOW, 3);
        member.recordFailedLogon(NOW, 3);
        member.recordSuccessfulLogon(NOW);
        assertEquals(0, member.failedLogons());
        assertFalse(member.recordFailedLogon(NOW, 3));
        assertFalse(member.isLocked());
    }

    @Test
    void lockedAccountCannotRecordASuccessfulLogon() {
        StaffMember member = investigator();
        for (int i = 0; i < 3; i++) {
            member.recordFailedLogon(NOW, 3);
        }
        assertThrows(IllegalStateException.class, () -> member.recordSuccessfulLogon(NOW));
    }

    @Test
    void furtherFailuresOnALockedAccountDoNotReportANewLock() {
        StaffMember member = investigator();
        for (int i = 0; i < 3; i++) {
            member.recordFailedLogon(NOW, 3);
        }
        assertFalse(member.recordFailedLogon(NOW, 3));
        assertEquals(3, member.failedLogons());
    }

    @Test
    void unlockClearsLockAndCount() {
        StaffMember member = investigator();
        for (int i = 0; i < 3; i++) {
            member.recordFailedLogon(NOW, 3);
        }
        member.unlock();
        assertTrue(member.mayLogOn());
        assertEquals(0, member.failedLogons());
    }

    @Test
    void usernamesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new StaffMember("Ivy", "Ivy", "h", Set.of(Role.ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> new StaffMember("iv", "Ivy", "h", Set.of(Role.ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> new StaffMember("ivy x", "Ivy", "h", Set.of(Role.ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> new StaffMember("ivy", " ", "h", Set.of(Role.ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> new StaffMember("ivy", "Ivy", "h", Set.of()));
    }
}
