package nz.integrity.staff;

import java.util.EnumSet;
import java.util.Set;
import nz.integrity.platform.security.Role;

/** Segregation-of-duties rules on the roles an account may hold and who may give them. */
final class RoleRules {

    /** Roles that open case content or audit views; an administrator never gives them to their own account. */
    static final Set<Role> CASE_ROLES = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.REVIEWER);

    private RoleRules() {
    }

    /**
     * SoD-7: an administrator granting themselves case roles needs a second person, so the administrator can only
     * ask another administrator. Keeping or dropping case roles they already hold is not a grant.
     */
    static boolean isSelfGrantOfCaseRole(String actor, String target, Set<Role> before, Set<Role> after) {
        return actor.equals(target) && !added(before, after, CASE_ROLES).isEmpty();
    }

    /**
     * External reviewers come from outside the Ministry and only read (SoD-9, domain brief 5.1); an account that
     * also worked cases or administered accounts could review its own work.
     */
    static String combinationProblem(Set<Role> roles) {
        if (roles.contains(Role.REVIEWER) && roles.size() > 1) {
            return "The external reviewer role cannot be combined with other roles.";
        }
        return null;
    }

    static Set<Role> added(Set<Role> before, Set<Role> after, Set<Role> among) {
        Set<Role> added = EnumSet.noneOf(Role.class);
        after.stream().filter(role -> !before.contains(role) && among.contains(role)).forEach(added::add);
        return added;
    }
}
