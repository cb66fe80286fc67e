package nz.integrity.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nz.integrity.platform.persistence.DatabaseMigrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Links committed, unsealed audit events into the chain. The {@code audit_head} row lock, taken in the database,
 * makes this safe with several application nodes: whichever node holds it seals, the others wait and then find
 * nothing (or only newer events) left. Each batch is one transaction, so a crash leaves either a whole batch sealed
 * or none of it, and the next run simply continues.
 */
@ApplicationScoped
public class AuditSealing {

    @Inject
    AuditEventStore store;

    @Inject
    @ConfigProperty(name = "app.audit.seal-batch-size", defaultValue = "1000")
    int batchSize;

    @Inject
    @ConfigProperty(name = "app.audit.max-unsealed-seconds", defaultValue = "5")
    int maxUnsealedSeconds;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** One batch in a transaction of its own; returns how many events it sealed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealNextBatch() {
        return store.sealPending(batchSize);
    }

    /** Seals everything this transaction can see, its own unsealed events included (checkpoint issue, tests). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sealAllVisible() {
        while (store.sealPending(batchSize) == batchSize) {
            // next batch
        }
    }

    public int batchSize() {
        return batchSize;
    }

    public Duration maxUnsealedAge() {
        return Duration.ofSeconds(maxUnsealedSeconds);
    }

    /**
     * Time since the oldest committed, still unsealed event occurred; zero when there is none. Read from the
     * database on every call, so a stopped sequencer shows as a growing age rather than a stale value.
     */
    public Duration oldestUnsealedAge() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement oldest = connection.prepareStatement(
                     "select min(occurred_at) from audit_event where seq is null");
             ResultSet row = oldest.executeQuery()) {
            row.next();
            Timestamp occurred = row.getTimestamp(1);
            return Optional.ofNullable(occurred).map(Timestamp::toInstant)
                    .map(at -> Duration.between(at, clock.instant()))
                    .filter(age -> !age.isNegative())
                    .orElse(Duration.ZERO);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the unsealed audit events: " + e.getMessage(), e);
        }
    }

    /** Whether events wait longer than {@code app.audit.max-unsealed-seconds} to be sealed. */
    public boolean isBehind(Duration oldestUnsealedAge) {
        return oldestUnsealedAge.compareTo(maxUnsealedAge()) > 0;
    }
}
