/**
 * Who is calling and what they may do: the authentication mechanism and the caller as a username and roles
 * ({@link nz.integrity.platform.security.CallerContext}, {@link nz.integrity.platform.security.Role}), the
 * authorization checks services start with ({@link nz.integrity.platform.security.Authorization}, which records
 * refusals through {@link nz.integrity.platform.security.RefusalLog}, implemented by the audit feature), password
 * hashing and policy, source throttling, safe redirects and the security headers.
 *
 * <p>May import the rest of {@code platform}, never a feature: staff accounts and sign-in live in
 * {@code staff.signin} ({@code ArchitectureTest}). The controls are described in {@code docs/security.md}.
 */
package nz.integrity.platform.security;
