/**
 * The tamper-evident audit trail, in two parts.
 *
 * <p>A core in plain Java (no container, no persistence annotations): {@link nz.integrity.audit.AuditEntry}
 * describes what happened and {@link nz.integrity.audit.AuditChain} places it in the chain as an
 * {@link nz.integrity.audit.AuditEvent} (one table row); the sealed events are the leaves of an RFC 9162
 * {@link nz.integrity.audit.MerkleTree} whose {@link nz.integrity.audit.SignedTreeHead}s outsiders check with
 * {@link nz.integrity.audit.OfflineVerifier} or {@code docs/verify-audit-log.py}. These classes, with
 * {@code platform.json}'s canonical JSON, are what {@code target/app-audit-verifier.jar} ships.
 *
 * <p>The services around it: features record what they did through {@link nz.integrity.audit.AuditTrail}
 * (joining the business transaction, so a lost audit row rolls the action back) and refusals through
 * {@link nz.integrity.audit.AuditedRefusals} (platform's {@code RefusalLog}); the
 * {@link nz.integrity.audit.AuditSequencer} seals recorded events into the chain off the commit lock;
 * {@link nz.integrity.audit.CheckpointSigner} signs tree heads with Ed25519;
 * {@link nz.integrity.audit.ChainVerifier} and {@link nz.integrity.audit.AuditVerification} report the first break.
 *
 * <p>May import platform only: every feature records into the trail, so it imports none of them
 * ({@code ArchitectureTest}). Byte-level formats (hash input, signed content, key files, export document) are
 * specified in {@code docs/audit-log-format.md}; golden-value tests pin them, because a changed format would make
 * every existing chain fail verification.
 */
package nz.integrity.audit;
