package nz.integrity.platform.security;

/** Keeps the post-logon "continue" target inside this application (no open redirect). */
public final class SafeRedirect {

    static final String HOME = "/";

    private SafeRedirect() {
    }

    public static String target(String requested) {
        if (requested == null || requested.isBlank()) {
            return HOME;
        }
        boolean local = requested.startsWith("/") && !requested.startsWith("//")
                && !requested.contains("\\") && !requested.contains("://")
                && requested.chars().noneMatch(Character::isISOControl);
        if (!local || requested.startsWith(IntegrityAuthenticationMechanism.LOGON_PAGE)) {
            return HOME;
        }
        return requested;
    }
}
