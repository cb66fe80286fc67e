package nz.integrity.platform.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * Username and password sent with HTTP Basic to {@code /api}: the identity store may answer it from a recent
 * verification ({@link VerifiedCredentials}) instead of a full sign-in, which a page sign-in always is.
 */
public class ApiCredential extends UsernamePasswordCredential {

    public ApiCredential(String username, String password) {
        super(username, password);
    }
}
