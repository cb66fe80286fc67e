package nz.integrity.platform.persistence;

import java.util.Optional;

/** What the startup migration achieved; readiness reports it so a half-migrated database never takes traffic. */
public record MigrationState(boolean completed, String schemaVersion, String failure) {

    static MigrationState succeeded(String version) {
        return new MigrationState(true, version, null);
    }

    static MigrationState failed(String failure) {
        return new MigrationState(false, null, failure);
    }

    public Optional<String> failureMessage() {
        return Optional.ofNullable(failure);
    }
}
