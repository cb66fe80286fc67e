package nz.integrity.archfixture.platform;

/** Plumbing that imports no feature: the shape the rules accept. */
public class GroundFloor {
    public String name() {
        return "ground floor";
    }
}
