package nz.integrity.platform.security;

/**
 * Where the ground floor records a refused action. The audit trail implements it, so the dependency points from
 * the feature to the platform and {@link Authorization} can audit every refusal without knowing the audit feature.
 */
public interface RefusalLog {

    /**
     * Records, in its own transaction (the refused action's transaction is about to roll back), that the caller
     * was refused {@code action} on the object, and why.
     */
    void recordRefusal(String action, String objectType, String objectId, String why);
}
