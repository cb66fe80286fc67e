/**
 * External review: grants issued by an administrator acting as privacy officer
 * ({@link nz.integrity.review.ReviewGrant}, aggregate by default, identified for a named case with the client's
 * authority), the de-identified request register and case audit timelines with stable HMAC pseudonyms
 * ({@link nz.integrity.review.Pseudonyms}) and redacted free text ({@link nz.integrity.review.Redaction}).
 *
 * <p>May import other features' roots and platform; never a feature's {@code web} or {@code rest}, nor {@code demo}
 * ({@code ArchitectureTest}). What a reviewer may see is in {@code docs/security.md} and {@code ReviewIT}.
 */
package nz.integrity.review;
