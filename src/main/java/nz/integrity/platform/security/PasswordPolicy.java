package nz.integrity.platform.security;

/** ASVS 2.1: length is what matters; no composition rules, long passphrases allowed. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length > MAX_LENGTH) {
            throw new IllegalArgumentException("A password can have at most " + MAX_LENGTH + " characters");
        }
    }
}
