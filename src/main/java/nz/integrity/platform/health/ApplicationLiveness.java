package nz.integrity.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM can still allocate: restart only helps when memory is exhausted. Database trouble is a
 * readiness matter, not a reason to restart.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final double MAX_HEAP_USED = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double ratio = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .withData("usedBytes", used)
                .withData("maxBytes", runtime.maxMemory())
                .status(ratio < MAX_HEAP_USED)
                .build();
    }
}
