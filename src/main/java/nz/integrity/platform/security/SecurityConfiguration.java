package nz.integrity.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's roles; the mechanism and identity store live beside this class. */
@DeclareRoles({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR, Role.Names.REVIEWER, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
