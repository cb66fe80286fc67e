package nz.integrity.archfixture.party;

import nz.integrity.archfixture.platform.GroundFloor;

/** A feature's domain class standing on the ground floor: the shape the rules accept. */
public class Client {
    public String name() {
        return new GroundFloor().name();
    }
}
