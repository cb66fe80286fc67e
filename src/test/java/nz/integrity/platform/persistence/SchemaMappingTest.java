package nz.integrity.platform.persistence;

import jakarta.persistence.Entity;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Flyway migrations and the JPA mappings must describe the same schema; Hibernate validates it here. */
class SchemaMappingTest {

    private static final String URL = "jdbc:h2:mem:schema;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void migrationsMatchEntityMappings() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "sa")
                .locations(MigrationLocations.forProduct("H2"))
                .failOnMissingLocations(false)
                .load().migrate();

        List<Class<?>> entities = entityClasses();
        assertFalse(entities.isEmpty(), "no @Entity classes found");

        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", URL)
                .applySetting("hibernate.connection.username", "sa")
                .applySetting("hibernate.connection.password", "sa")
                .applySetting("jakarta.persistence.validation.mode", "none")
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            // Building the session factory runs Hibernate's schema validation and throws on any mismatch.
            assertDoesNotThrow(() -> sources.buildMetadata().buildSessionFactory().close());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * persistence.xml lists the entities and turns Hibernate's scanning off (a quicker boot, issue 11 item 5); an
     * entity missing from the list would fail only at run time, when first used.
     */
    @Test
    void persistenceUnitListsExactlyTheEntityClasses() throws Exception {
        Path classes = Path.of(DatabaseMigrator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String descriptor = Files.readString(classes.resolve("META-INF/persistence.xml"));
        Set<String> listed = Pattern.compile("<class>([^<]+)</class>").matcher(descriptor).results()
                .map(match -> match.group(1).strip()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> entities = entityClasses().stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(entities, listed);
        assertTrue(descriptor.contains("<exclude-unlisted-classes>true</exclude-unlisted-classes>"));
    }

    private static List<Class<?>> entityClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(DatabaseMigrator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SchemaMappingTest::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SchemaMappingTest.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }
}
