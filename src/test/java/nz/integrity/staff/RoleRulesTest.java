package nz.integrity.staff;

import nz.integrity.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleRulesTest {

    @Test
    void anAdministratorAddingACaseRoleToTheirOwnAccountIsASelfGrant() {
        for (Role caseRole : Set.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.REVIEWER)) {
            assertTrue(RoleRules.isSelfGrantOfCaseRole("ada", "ada", Set.of(Role.ADMIN), Set.of(Role.ADMIN, caseRole)),
                    caseRole.name());
        }
    }

    @Test
    void anotherAdministratorMayGrantTheSameRoles() {
        assertFalse(RoleRules.isSelfGrantOfCaseRole("bob", "ada", Set.of(Role.ADMIN), Set.of(Role.ADMIN, Role.SUPERVISOR)));
    }

    @Test
    void keepingOrDroppingCaseRolesOneAlreadyHoldsIsNotAGrant() {
        Set<Role> held = Set.of(Role.ADMIN, Role.INVESTIGATOR);
        assertFalse(RoleRules.isSelfGrantOfCaseRole("ada", "ada", held, held));
        assertFalse(RoleRules.isSelfGrantOfCaseRole("ada", "ada", held, Set.of(Role.ADMIN)));
    }

    @Test
    void theReviewerRoleStandsAlone() {
        assertNotNull(RoleRules.combinationProblem(Set.of(Role.REVIEWER, Role.INVESTIGATOR)));
        assertNull(RoleRules.combinationProblem(Set.of(Role.REVIEWER)));
        assertNull(RoleRules.combinationProblem(Set.of(Role.ADMIN, Role.SUPERVISOR)));
    }

    @Test
    void addedListsOnlyNewRolesAmongTheOnesAskedAbout() {
        assertEquals(Set.of(Role.SUPERVISOR), RoleRules.added(Set.of(Role.ADMIN),
                Set.of(Role.ADMIN, Role.SUPERVISOR), RoleRules.CASE_ROLES));
    }
}
