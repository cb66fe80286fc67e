package nz.integrity.request.rules;

import java.util.Objects;
import java.util.Optional;

/** The person deciding (at approval) or who decided (at issue), with what the authority rules need. */
public record Approver(String userId, String unitId, Optional<Delegation> delegation) {

    public Approver {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(delegation, "delegation");
    }
}
