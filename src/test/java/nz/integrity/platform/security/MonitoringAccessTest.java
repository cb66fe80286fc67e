package nz.integrity.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitoringAccessTest {

    private static MonitoringAccess configured(Optional<String> password) {
        MonitoringAccess access = new MonitoringAccess();
        access.username = "monitoring";
        access.password = password;
        return access;
    }

    @Test
    void theConfiguredAccountGetsIn() {
        assertTrue(configured(Optional.of("scrape-secret-2026")).accepts("monitoring", "scrape-secret-2026"));
    }

    @Test
    void aWrongPasswordOrAnotherNameIsRefused() {
        MonitoringAccess access = configured(Optional.of("scrape-secret-2026"));
        assertFalse(access.accepts("monitoring", "scrape-secret-2027"));
        assertFalse(access.accepts("admin", "scrape-secret-2026"));
        assertFalse(access.accepts("monitoring", ""));
    }

    @Test
    void withoutAConfiguredPasswordNobodyGetsIn() {
        assertFalse(configured(Optional.empty()).accepts("monitoring", ""));
        assertFalse(configured(Optional.of(" ")).accepts("monitoring", " "));
    }
}
