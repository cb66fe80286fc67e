package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * {@code audit-sealing} is DOWN while a committed audit event has waited longer than
 * {@code app.audit.max-unsealed-seconds} to be sealed: the sequencer is stopped or cannot keep up, and the
 * unsealed events are protected only by the append-only triggers.
 */
@Readiness
@ApplicationScoped
public class AuditSealingReadiness implements HealthCheck {

    @Inject
    AuditSealing sealing;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("audit-sealing")
                .withData("maxUnsealedSeconds", sealing.maxUnsealedAge().toSeconds());
        try {
            Duration age = sealing.oldestUnsealedAge();
            return response.withData("oldestUnsealedMillis", age.toMillis()).status(!sealing.isBehind(age)).build();
        } catch (RuntimeException e) {
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}
