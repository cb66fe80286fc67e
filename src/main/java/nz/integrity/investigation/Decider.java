package nz.integrity.investigation;

import nz.integrity.staff.DelegatedAuthority;

import java.util.Set;

/** Who is moving a case, in which capacity, and which delegated authorities they hold today. */
public record Decider(String username, boolean supervisor, Set<DelegatedAuthority> authoritiesInForce) {

    public Decider {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A decision needs a named person");
        }
        authoritiesInForce = Set.copyOf(authoritiesInForce);
    }

    public String capacity() {
        return supervisor ? "SUPERVISOR" : "INVESTIGATOR";
    }

    public boolean holds(DelegatedAuthority authority) {
        return authoritiesInForce.contains(authority);
    }
}
