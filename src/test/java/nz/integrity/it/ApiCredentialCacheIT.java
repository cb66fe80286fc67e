package nz.integrity.it;

import nz.integrity.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import nz.integrity.platform.security.PasswordHashing;
import nz.integrity.staff.StaffMember;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An API client pays the password hash and the sign-in audit event once per cache period, not on every call; the
 * remembered verification still yields to a changed password, a locked account and changed roles at once.
 * In the server, so it can create its own account and change it the way the administration services do.
 */
@ExtendWith(ArquillianExtension.class)
class ApiCredentialCacheIT {

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    PasswordHashing passwords;

    private final String username = "api.cache." + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);

    private HttpResponse<String> me(String password) {
        return new WebClient(Deployments.loopback(deployment)).api("GET", "/api/me", username, password, null);
    }

    private long signIns(String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action = ?1 and object_id = ?2")
                .setParameter(1, action).setParameter(2, username).getSingleResult()).longValue();
    }

    private void change(Consumer<StaffMember> change) throws Exception {
        transaction.begin();
        change.accept(em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username).getSingleResult());
        transaction.commit();
    }

    @Test
    void aVerifiedApiClientIsNotHashedAndAuditedOnEveryCallYetEveryAccountChangeCountsAtOnce() throws Exception {
        transaction.begin();
        em.persist(new StaffMember(username, "API cache test", passwords.hash("first-password-1".toCharArray()), Set.of(Role.INVESTIGATOR)));
        transaction.commit();

        for (int call = 0; call < 4; call++) {
            HttpResponse<String> response = me("first-password-1");
            assertEquals(200, response.statusCode(), response.body());
        }
        assertEquals(1, signIns("LOGON_SUCCEEDED"), "one verification, and one sign-in event, for four calls");

        change(member -> member.changeOwnPassword(passwords.hash("second-password-2".toCharArray())));
        assertEquals(401, me("first-password-1").statusCode(), "the remembered old password no longer opens the account");
        assertEquals(1, signIns("LOGON_FAILED"), "and it was checked and counted as a failure");
        assertEquals(200, me("second-password-2").statusCode());
        assertEquals(200, me("second-password-2").statusCode());
        assertEquals(2, signIns("LOGON_SUCCEEDED"));

        change(member -> member.changeRoles(Set.of(Role.SUPERVISOR)));
        HttpResponse<String> afterRoleChange = me("second-password-2");
        assertEquals(200, afterRoleChange.statusCode());
        assertTrue(afterRoleChange.body().contains("SUPERVISOR") && !afterRoleChange.body().contains("INVESTIGATOR"),
                "the new roles apply at once: " + afterRoleChange.body());

        change(member -> member.recordFailedLogon(Instant.now(), 1));
        assertEquals(401, me("second-password-2").statusCode(), "a locked account is refused even with remembered credentials");
        assertTrue(signIns("LOGON_REFUSED") >= 1, "the refusal went through the full, audited sign-in");
    }
}
