package nz.integrity.request.content;

import nz.integrity.party.RecipientType;
import java.util.Objects;

/**
 * The organisation a third-party notice goes to, as held in the recipient registry.
 *
 * @param lawEnforcement true for Police and similar bodies; RecipientType has no POLICE value, yet requests to
 *                       Police were suspended after the 2019 inquiry and need elevated approval (R17)
 */
public record Recipient(String registryId, String name, RecipientType type, boolean lawEnforcement) {

    public Recipient {
        Objects.requireNonNull(registryId, "registryId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
