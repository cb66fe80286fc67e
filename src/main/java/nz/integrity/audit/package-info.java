/**
 * Tamper-evident audit log: a core in plain Java (no container, no persistence annotations; the part
 * {@code target/app-audit-verifier.jar} ships) and the services around it. Events are recorded unsealed in the
 * business transaction ({@link nz.integrity.audit.AuditTrail}) and sealed into the chain by the
 * {@link nz.integrity.audit.AuditSequencer}; the sealed events are also the leaves of an RFC 9162
 * {@link nz.integrity.audit.MerkleTree} whose {@link nz.integrity.audit.SignedTreeHead}s outsiders check with
 * {@link nz.integrity.audit.OfflineVerifier} or {@code docs/verify-audit-log.py}.
 *
 * <ul>
 *   <li>{@link nz.integrity.audit.AuditEntry} describes what happened;
 *       {@link nz.integrity.audit.AuditChain} places it in the chain as an
 *       {@link nz.integrity.audit.AuditEvent} (one table row).</li>
 *   <li>{@link nz.integrity.audit.CheckpointSigner} signs the chain head with Ed25519;
 *       {@link nz.integrity.audit.CheckpointDocument} exports it for reviewers.</li>
 *   <li>{@link nz.integrity.audit.ChainVerifier} streams the rows and reports the first break.</li>
 * </ul>
 *
 * <p>Byte-level formats (hash input, signed content, key files, export document) are specified in
 * {@code docs/audit-log-format.md}; golden-value tests pin them, because a changed format would make
 * every existing chain fail verification.
 */
package nz.integrity.audit;
