package nz.integrity.audit;

import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.DemoMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointKeysTest {

    @TempDir
    Path directory;

    @Test
    void outsideDemoModeAMissingKeyIsAClearRefusalAndNothingIsGenerated() {
        CheckpointKeys keys = keys(false);
        BusinessRuleException e = assertThrows(BusinessRuleException.class, keys::signer);
        assertTrue(e.getMessage().contains("app.audit.key-dir"), e.getMessage());
        assertEquals(List.of(CheckpointKeys.KEY_RULE), e.ruleIds());
        assertFalse(Files.exists(directory.resolve("keys").resolve(CheckpointKeyFiles.PRIVATE_KEY_FILE)));
        assertTrue(keys.trustedKeys().isEmpty());
    }

    @Test
    void aKeyInstalledLaterIsPickedUpWithoutARestart() {
        CheckpointKeys keys = keys(false);
        assertThrows(BusinessRuleException.class, keys::signer);
        CheckpointKeyFiles.loadOrGenerate(directory.resolve("keys"));
        assertEquals(keys.signer().keyId(), Ed25519Keys.keyId(keys.trustedKeys().get(0)));
    }

    @Test
    void demoModeGeneratesTheKeyOnceAndTrustsIt() {
        String keyId = keys(true).signer().keyId();
        CheckpointKeys restarted = keys(false);
        assertEquals(keyId, restarted.signer().keyId(), "the generated pair is kept and reused");
        assertEquals(keyId, Ed25519Keys.keyId(restarted.trustedKeys().get(0)));
    }

    private CheckpointKeys keys(boolean demo) {
        CheckpointKeys keys = new CheckpointKeys();
        keys.keyDirectory = directory.resolve("keys").toString();
        keys.demoMode = new DemoMode() {
            @Override
            public boolean isOn() {
                return demo;
            }
        };
        return keys;
    }
}
