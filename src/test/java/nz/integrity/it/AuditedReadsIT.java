package nz.integrity.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import nz.integrity.audit.AuditedAction;
import nz.integrity.audit.AuditedReads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 10 item 4: {@link AuditedReads} records the view in the read's own transaction, and a view that cannot be
 * recorded fails the read before anything is queried (fail closed). Runs inside the server, on its own marker
 * object ids, so it leaves the demo data alone.
 */
@ExtendWith(ArquillianExtension.class)
class AuditedReadsIT {

    @Inject
    AuditedReads reads;

    @PersistenceContext
    EntityManager em;

    private UserTransaction transaction;
    private String marker;

    @BeforeEach
    void lookUpTransaction() throws Exception {
        transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        marker = "read-" + UUID.randomUUID();
    }

    @Test
    void theViewEventJoinsTheReadsTransaction() throws Exception {
        transaction.begin();
        try {
            String answer = reads.read(() -> marker,
                    allowed -> AuditedAction.of("TEST_RECORD_VIEWED", "TEST_RECORD", allowed).succeeded(),
                    allowed -> "the record " + allowed);
            assertEquals("the record " + marker, answer);
            assertEquals(1L, viewEvents(), "recorded inside the read's transaction");
        } finally {
            transaction.rollback();
        }
        assertEquals(0L, viewEvents(), "rolled back with the read: the event was not committed on its own");
    }

    @Test
    void aViewThatCannotBeRecordedFailsTheReadBeforeTheQuery() throws Exception {
        AtomicBoolean queried = new AtomicBoolean();
        transaction.begin();
        try {
            // Not an UPPER_SNAKE_CASE action code: the audit write refuses it, as it would any broken audit insert.
            assertThrows(RuntimeException.class, () -> reads.read(() -> marker,
                    allowed -> AuditedAction.of("not a code", "TEST_RECORD", allowed).succeeded(),
                    allowed -> {
                        queried.set(true);
                        return "the record";
                    }));
        } finally {
            transaction.rollback();
        }
        assertFalse(queried.get(), "nothing is read when the view cannot be audited");
        assertEquals(0L, viewEvents());
    }

    @Test
    void aRefusedCallerIsNeitherRecordedAsViewingNorAnswered() throws Exception {
        AtomicBoolean queried = new AtomicBoolean();
        transaction.begin();
        try {
            assertThrows(IllegalStateException.class, () -> reads.read(() -> {
                        throw new IllegalStateException("refused");
                    },
                    allowed -> AuditedAction.of("TEST_RECORD_VIEWED", "TEST_RECORD", marker).succeeded(),
                    allowed -> {
                        queried.set(true);
                        return "the record";
                    }));
            assertEquals(0L, viewEvents());
        } finally {
            transaction.rollback();
        }
        assertFalse(queried.get());
    }

    @Test
    void aReadOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> reads.read(() -> marker,
                allowed -> AuditedAction.of("TEST_RECORD_VIEWED", "TEST_RECORD", allowed).succeeded(),
                allowed -> "the record"));
        assertEquals(0L, viewEvents());
    }

    private long viewEvents() {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where object_id = ?1")
                .setParameter(1, marker).getSingleResult()).longValue();
    }
}
