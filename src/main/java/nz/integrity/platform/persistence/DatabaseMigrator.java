package nz.integrity.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Defines the application's datasource from MicroProfile Config (so PostgreSQL is chosen by environment
 * variables alone) and migrates the schema before anything else uses it. Vendor-specific scripts
 * (for example PostgreSQL grants and triggers) live in db/vendor/postgresql or db/vendor/h2 (see MigrationLocations).
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATASOURCE,
        className = "${MPCONFIG=db.className}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // Issue 9, item 11: after a database restart every pooled connection is dead. Each one is checked
        // (Connection.isValid, so H2 and PostgreSQL alike) before it is handed out, and one failure drops the
        // whole pool, so the next request and the readiness check get fresh connections instead of a 500.
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@Lock(LockType.READ)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATASOURCE = "java:app/jdbc/integrity";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private volatile MigrationState state = MigrationState.failed("not started");

    @PostConstruct
    void migrate() {
        try {
            MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MigrationLocations.of(dataSource))
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            state = MigrationState.succeeded(version);
            LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied)");
        } catch (RuntimeException | SQLException e) {
            // Deployment must not fail silently; readiness stays DOWN and says why.
            state = MigrationState.failed(e.getMessage());
            LOG.log(Level.SEVERE, "Database migration failed", e);
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    public MigrationState state() {
        return state;
    }
}
