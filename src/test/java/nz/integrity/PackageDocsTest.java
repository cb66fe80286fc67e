package nz.integrity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every main package says what it is for, what it may import and where its rules live, in a
 * {@code package-info.java} (issue 10 item 7): a package without one fails here, so a new package cannot arrive
 * undocumented. Read from the source tree, which surefire runs in.
 */
class PackageDocsTest {

    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    @Test
    void every_main_package_with_classes_has_a_package_info() throws IOException {
        List<Path> packages = packagesWithClasses();
        assertFalse(packages.isEmpty(), "no packages found under " + MAIN_SOURCES.toAbsolutePath());
        List<String> undocumented = packages.stream()
                .filter(dir -> !Files.isRegularFile(dir.resolve("package-info.java")))
                .map(dir -> MAIN_SOURCES.relativize(dir).toString().replace('/', '.').replace('\\', '.'))
                .sorted().toList();
        assertEquals(List.of(), undocumented, "packages without a package-info.java");
    }

    @Test
    void every_package_info_documents_its_package() throws IOException {
        for (Path dir : packagesWithClasses()) {
            Path info = dir.resolve("package-info.java");
            if (Files.isRegularFile(info)) {
                String text = Files.readString(info);
                String name = MAIN_SOURCES.relativize(dir).toString().replace('/', '.').replace('\\', '.');
                assertTrue(text.contains("/**") && text.contains("package " + name + ";"),
                        info + " should hold a Javadoc comment for package " + name);
            }
        }
    }

    private static List<Path> packagesWithClasses() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN_SOURCES)) {
            return dirs.filter(Files::isDirectory).filter(PackageDocsTest::holdsAClass).toList();
        }
    }

    private static boolean holdsAClass(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
