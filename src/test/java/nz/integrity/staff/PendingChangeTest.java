package nz.integrity.staff;

import nz.integrity.platform.security.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingChangeTest {

    private static final Instant ASKED = Instant.parse("2026-12-01T01:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-12-01T02:00:00Z");

    private static PendingChange membership() {
        return PendingChange.addTeamMember("NORTH", "ivy", "New starter in the northern team", "admin", ASKED);
    }

    @Test
    @DisplayName("SoD-7: a change starts pending and a second person approves it once")
    void aSecondPersonApprovesOnce() {
        PendingChange change = membership();
        assertTrue(change.isPending());
        change.approve("sam", DECIDED, null);
        assertEquals(ChangeStatus.APPROVED, change.status());
        assertEquals("sam", change.decidedBy().orElseThrow());
        assertEquals(DECIDED, change.decidedAt().orElseThrow());
        IllegalStateException again = assertThrows(IllegalStateException.class,
                () -> change.reject("admin2", DECIDED, "too late now"));
        assertTrue(again.getMessage().contains("already approved by sam"), again.getMessage());
    }

    @Test
    @DisplayName("SoD-7: the requester can neither approve nor reject their own request")
    void theRequesterCannotDecide() {
        PendingChange change = membership();
        assertThrows(SecondPersonRequiredException.class, () -> change.approve("admin", DECIDED, null));
        assertThrows(SecondPersonRequiredException.class, () -> change.reject("admin", DECIDED, "changed my mind"));
        assertTrue(change.isPending(), "still pending");
    }

    @Test
    @DisplayName("SoD-7: the person a change is about cannot decide it")
    void theSubjectCannotDecide() {
        PendingChange change = PendingChange.grantRoles("admin2", EnumSet.of(Role.ADMIN, Role.SUPERVISOR),
                "Covers approvals in December", "admin", ASKED);
        assertThrows(SecondPersonRequiredException.class, () -> change.approve("admin2", DECIDED, null));
        assertTrue(change.isPending());
        assertEquals(EnumSet.of(Role.ADMIN, Role.SUPERVISOR), change.roles());
    }

    @Test
    @DisplayName("SoD-7: nobody asks for a privileged change to their own account")
    void noRequestForOneself() {
        assertThrows(IllegalArgumentException.class,
                () -> PendingChange.grantRoles("admin", Set.of(Role.SUPERVISOR), "I want to approve", "admin", ASKED));
        assertThrows(IllegalArgumentException.class,
                () -> PendingChange.grantRoles("ivy", Set.of(), "nothing at all", "admin", ASKED));
    }

    @Test
    @DisplayName("Issue 9 item 1: a reset's password hash is handed over once on approval and dropped on rejection")
    void passwordHashLivesOnlyUntilTheDecision() {
        PendingChange approved = PendingChange.resetPassword("ivy", "hash-1", "Forgot password, ticket 42", "admin", ASKED);
        assertThrows(IllegalStateException.class, approved::takePasswordHash, "not before approval");
        approved.approve("admin2", DECIDED, "Confirmed by phone");
        assertEquals("hash-1", approved.takePasswordHash());
        assertThrows(IllegalStateException.class, approved::takePasswordHash, "only once");

        PendingChange rejected = PendingChange.resetPassword("ivy", "hash-2", "Forgot password, ticket 43", "admin", ASKED);
        rejected.reject("admin2", DECIDED, "Not requested by ivy");
        assertEquals(ChangeStatus.REJECTED, rejected.status());
        assertThrows(IllegalStateException.class, rejected::takePasswordHash);
        assertFalse(rejected.isPending());
    }

    @Test
    @DisplayName("Issue 9 item 1: only team changes name a team")
    void teamChangesNameTheirTeam() {
        assertTrue(ChangeKind.ADD_TEAM_MEMBER.concernsTeam());
        assertTrue(ChangeKind.APPOINT_SUPERVISOR.concernsTeam());
        assertFalse(ChangeKind.RESET_PASSWORD.concernsTeam());
        assertEquals("NORTH", membership().teamCode().orElseThrow());
    }
}
