package nz.integrity.platform.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Where Flyway finds the migrations for a database: the common scripts plus {@code db/vendor/<vendor>} (for example
 * PostgreSQL triggers and grants). Resolved here because Flyway itself has no vendor placeholder: a literal
 * {@code {vendor}} in a location is silently a folder that does not exist.
 */
public final class MigrationLocations {

    static final String COMMON = "classpath:db/migration";

    private MigrationLocations() {
    }

    public static String[] of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return forProduct(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** From the JDBC product name: "PostgreSQL" → postgresql, "H2" → h2. */
    public static String[] forProduct(String databaseProductName) {
        String vendor = databaseProductName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new String[] {COMMON, "classpath:db/vendor/" + vendor};
    }
}
