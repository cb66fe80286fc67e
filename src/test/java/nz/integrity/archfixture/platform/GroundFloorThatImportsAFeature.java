package nz.integrity.archfixture.platform;

import nz.integrity.archfixture.party.Client;

/** Deliberately bad: the ground floor reaching up into a feature. */
public class GroundFloorThatImportsAFeature {
    public String describe(Client client) {
        return client.name();
    }
}
