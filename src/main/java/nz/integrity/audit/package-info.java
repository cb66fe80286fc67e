/**
 * Tamper-evident audit log core: plain Java, no container, no persistence annotations.
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
