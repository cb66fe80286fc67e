/**
 * The database: the datasource defined from MicroProfile Config and Flyway migrations run at start-up
 * ({@link nz.integrity.platform.persistence.DatabaseMigrator}, with vendor-specific locations chosen by
 * {@link nz.integrity.platform.persistence.MigrationLocations}), plus small SQL helpers shared by features
 * (yearly reference numbers, value conversion).
 *
 * <p>May import the rest of {@code platform}, never a feature ({@code ArchitectureTest}). Schema rules live in the
 * migrations ({@code src/main/resources/db}); {@code SchemaMappingTest} checks that entities and schema agree.
 */
package nz.integrity.platform.persistence;
