/**
 * The vocabulary of an information request: its content (recipient, purpose, justification, items, subjects,
 * date ranges, client-first basis, notice terms), the approved-content hash, and the lifecycle states and
 * transitions. Both {@code request.rules} and {@code request.notice} read it, so it sits below them: it imports
 * neither the request root nor {@code rules} nor {@code notice} (root -> rules -> content, root -> notice -> content).
 * Invariants live in the constructors; the rules that judge content live in {@code request.rules}.
 */
package nz.integrity.request.content;
