package nz.integrity.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link AuditSealing} every {@code app.audit.seal-interval-ms}, draining all committed unsealed events each
 * time. Every node runs one; the database lock in {@link AuditEventStore#sealPending} makes them take turns, so
 * there is one sequencer at a time without an in-memory singleton across nodes. Publishes the oldest unsealed
 * event's age as the gauge {@value #AGE_GAUGE} (readiness: {@link AuditSealingReadiness}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AuditSequencer {

    static final String AGE_GAUGE = "audit_unsealed_max_age_seconds";

    private static final Logger LOG = Logger.getLogger(AuditSequencer.class.getName());

    @Inject
    @ConfigProperty(name = "app.audit.seal-interval-ms", defaultValue = "200")
    long intervalMillis;

    @Inject
    AuditSealing sealing;

    @Inject
    MetricRegistry metrics;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        metrics.gauge(Metadata.builder().withName(AGE_GAUGE).withUnit(MetricUnits.SECONDS)
                .withDescription("Seconds since the oldest committed audit event that is not yet sealed into the "
                        + "tamper-evident chain occurred; 0 when all are sealed").build(),
                sealing, s -> s.oldestUnsealedAge().toMillis() / 1000.0);
        if (intervalMillis <= 0) {
            LOG.warning("The audit sequencer is switched off (app.audit.seal-interval-ms); events stay unsealed");
            return;
        }
        schedule = scheduler.scheduleWithFixedDelay(this::sealCommitted, intervalMillis, intervalMillis,
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /**
     * Never throws: an exception would cancel the fixed-delay schedule for good. A failure (database down, a row
     * that cannot be read) is logged and retried next time; the gauge and readiness show the growing backlog.
     */
    void sealCommitted() {
        try {
            while (sealing.sealNextBatch() == sealing.batchSize()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit events not sealed this time: " + e.getMessage(), e);
        }
    }
}
