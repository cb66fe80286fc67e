package nz.integrity.platform.security;

/** The four roles of the product; their names are the security groups checked by the container. */
public enum Role {
    INVESTIGATOR,
    SUPERVISOR,
    REVIEWER,
    ADMIN;

    /** Compile-time constants for {@code @RolesAllowed} and {@code isCallerInRole}. */
    public static final class Names {
        public static final String INVESTIGATOR = "INVESTIGATOR";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String REVIEWER = "REVIEWER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
