package nz.integrity.platform.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class MigrationLocationsTest {

    @Test
    void vendorFolderIsTheLowerCaseProductName() {
        assertArrayEquals(new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"},
                MigrationLocations.forProduct("PostgreSQL"));
        assertArrayEquals(new String[] {"classpath:db/migration", "classpath:db/vendor/h2"},
                MigrationLocations.forProduct("H2"));
    }
}
