/**
 * Parties outside the agency: clients (client number, names, date of birth, contact, self-identified ethnicity and
 * iwi only) and the registry of recipient organisations with their verified delivery channels.
 *
 * <p>May import audit and platform; never a feature's {@code web} or {@code rest}, nor {@code demo}
 * ({@code ArchitectureTest}). Invariants are in the entities and their unit tests.
 */
package nz.integrity.party;
