package nz.integrity.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nz.integrity.platform.persistence.DatabaseMigrator;
import nz.integrity.platform.persistence.MigrationState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only when the schema migrated and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        MigrationState migration = migrator.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("migrated", migration.completed());
        if (migration.completed()) {
            response.withData("schemaVersion", migration.schemaVersion());
        }
        migration.failureMessage().ifPresent(failure -> response.withData("migrationFailure", failure));
        try (Connection connection = dataSource.getConnection()) {
            response.withData("product", connection.getMetaData().getDatabaseProductName());
            return response.status(migration.completed() && connection.isValid(2)).build();
        } catch (SQLException e) {
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}
