package nz.integrity.investigation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import nz.integrity.platform.ValidationException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of upload type detection (docs/testing.md): any content, file name and claimed type
 * either yields a type on the allow-list or is refused as bad input; a stored type is always servable.
 */
class EvidenceMediaTypesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void detectsAnAllowedTypeOrRefuses(FuzzedDataProvider data) {
        String claimed = data.consumeBoolean() ? null : data.consumeString(80);
        String fileName = data.consumeString(80);
        byte[] content = data.consumeRemainingAsBytes();
        try {
            assertTrue(EvidenceMediaTypes.ALLOWED.contains(EvidenceMediaTypes.detect(content, fileName, claimed)));
        } catch (ValidationException refused) {
            // bad input: the one permitted failure
        }
        String served = EvidenceMediaTypes.servable(claimed);
        assertTrue(served.equals("application/octet-stream") || EvidenceMediaTypes.ALLOWED.contains(served), served);
    }
}
