package nz.integrity.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issues a checkpoint every {@code app.audit.checkpoint-interval-minutes} (0 switches it off). A programmatic timer
 * rather than {@code @Schedule}, because an annotation cannot read the interval from configuration. Not persistent:
 * a missed run is simply caught up by the next one.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AuditCheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());

    @Inject
    @ConfigProperty(name = "app.audit.checkpoint-interval-minutes", defaultValue = "60")
    int intervalMinutes;

    @Inject
    AuditCheckpoints checkpoints;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        if (intervalMinutes <= 0) {
            LOG.info("Periodic audit checkpoints are switched off (app.audit.checkpoint-interval-minutes)");
            return;
        }
        long interval = Duration.ofMinutes(intervalMinutes).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("audit-checkpoint", false));
    }

    /** Outside a container transaction: the service owns it, and a failure must not make the container retry. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void issueCheckpoint() {
        try {
            checkpoints.issueIfHeadMoved();
        } catch (RuntimeException e) {
            // Typically a missing key: one warning per run tells the operator; the next run tries again.
            LOG.log(Level.WARNING, "Periodic audit checkpoint not issued: " + e.getMessage());
        }
    }
}
