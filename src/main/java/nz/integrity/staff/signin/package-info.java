/**
 * Signing in and out as a staff member: the identity store and logon service (lockout, throttling, audit of every
 * attempt), the sign-in page, sign-off, the temporary-password gate, the header's view of the signed-in person and
 * {@code /api/me}. Here rather than in {@code platform.security} because it reads staff accounts; the ground floor
 * keeps only the caller's username and roles as values. May import {@code staff}, {@code audit} and platform.
 */
package nz.integrity.staff.signin;
