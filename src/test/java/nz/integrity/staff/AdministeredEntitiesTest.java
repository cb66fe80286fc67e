package nz.integrity.staff;

import nz.integrity.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intention-revealing changes administrators make to staff, teams and delegations. */
class AdministeredEntitiesTest {

    private static StaffMember member(String username, Role... roles) {
        return new StaffMember(username, username, "hash", Set.of(roles));
    }

    @Test
    void rolesAreReplacedAsAWholeAndNeverEmptied() {
        StaffMember member = member("ivy", Role.INVESTIGATOR);
        member.changeRoles(Set.of(Role.SUPERVISOR));
        assertEquals(Set.of(Role.SUPERVISOR), member.roles());
        assertThrows(IllegalArgumentException.class, () -> member.changeRoles(Set.of()));
    }

    @Test
    void aDeactivatedAccountCannotLogOnUntilReactivated() {
        StaffMember member = member("ivy", Role.INVESTIGATOR);
        member.deactivate();
        assertFalse(member.mayLogOn());
        member.reactivate();
        assertTrue(member.mayLogOn());
    }

    @Test
    void onlyCaseStaffJoinTeamsAndOnlySupervisorsLeadThem() {
        Team team = new Team("AKL-1", "Auckland 1");
        assertThrows(IllegalArgumentException.class, () -> team.addMember(member("ada", Role.ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> team.appointSupervisor(member("ivy", Role.INVESTIGATOR)));
        team.addMember(member("ivy", Role.INVESTIGATOR));
        team.appointSupervisor(member("sam", Role.SUPERVISOR));
        assertEquals(1, team.members().size());
    }

    @Test
    void aTeamNeedsANameWhenRenamed() {
        Team team = new Team("AKL-1", "Auckland 1");
        team.rename("  Auckland North ");
        assertEquals("Auckland North", team.name());
        assertThrows(IllegalArgumentException.class, () -> team.rename(" "));
    }

    @Test
    void aDelegationIsInForceOnlyWithinItsDatesAndUntilRevoked() {
        Delegation delegation = new Delegation(member("sam", Role.SUPERVISOR), DelegatedAuthority.OPEN_INVESTIGATION,
                "Instrument 2026/4", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), "ada",
                Instant.parse("2026-06-01T00:00:00Z"));
        assertFalse(delegation.isInForceOn(LocalDate.of(2026, 6, 30)));
        assertTrue(delegation.isInForceOn(LocalDate.of(2026, 7, 1)));
        assertTrue(delegation.isInForceOn(LocalDate.of(2026, 12, 31)));
        assertFalse(delegation.isInForceOn(LocalDate.of(2027, 1, 1)));
        delegation.revoke(Instant.parse("2026-08-01T00:00:00Z"), "instrument replaced");
        assertFalse(delegation.isInForceOn(LocalDate.of(2026, 8, 2)));
    }
    @Test
    void trainingIsCurrentFromCompletionUntilTheDayBeforeItExpires() {
        LocalDate completed = LocalDate.of(2026, 2, 1);
        LocalDate expires = LocalDate.of(2027, 2, 1);
        TrainingRecords.TrainingView view = new TrainingRecords.TrainingView(1, "sam", "2026", completed, expires);
        assertFalse(view.isCurrentOn(completed.minusDays(1)));
        assertTrue(view.isCurrentOn(completed));
        assertTrue(view.isCurrentOn(expires.minusDays(1)));
        assertFalse(view.isCurrentOn(expires), "training is no longer current on the day it expires");
    }
}
