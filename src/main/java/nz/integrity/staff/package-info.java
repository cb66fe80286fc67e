/**
 * Staff accounts ({@link nz.integrity.staff.StaffMember}) and their logon-failure state, teams, delegations of
 * decision authority, Code-training records, administrator services (with dual control for sensitive changes,
 * {@link nz.integrity.staff.AdministrativeChanges}) and the first administrator's account.
 *
 * <p>May import audit and platform; sign-in is in {@code staff.signin}, which imports this package and not the
 * other way; never a feature's {@code web} or {@code rest}, nor {@code demo} ({@code ArchitectureTest}). Rules are in
 * the entities and their unit tests, who may change what in the services ({@code AdministrationIT},
 * {@code DualControlIT}).
 */
package nz.integrity.staff;
