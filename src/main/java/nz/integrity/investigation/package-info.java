/**
 * The case feature's domain: the case aggregate ({@link nz.integrity.investigation.InvestigationCase}) and its
 * lifecycle ({@link nz.integrity.investigation.CaseAction}), subjects, decisions, diary, evidence register, the
 * need-to-know scope ({@link nz.integrity.investigation.CaseAccess}, {@link nz.integrity.investigation.CaseScope})
 * and the keyset case list ({@link nz.integrity.investigation.CaseList}); services own transactions, authorization
 * and audit.
 *
 * <p>May import other features' roots (staff, party, audit) and platform; never its own or another feature's
 * {@code web} or {@code rest}, nor {@code demo} ({@code ArchitectureTest}). Invariants are in the entities and their
 * unit tests; who may do what is in the services ({@code CaseIT}).
 */
package nz.integrity.investigation;
