package nz.integrity.request.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestContentTest {

    @Test
    void aClientRequestHasNoThirdPartyRecipient() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleContent.aClientRequest().recipient(SampleContent.BANK).build());
        assertEquals("A client request is addressed to the client and has no third-party recipient", e.getMessage());
    }

    @Test
    void purposesAreHeldInCodeOrder() {
        RequestContent content = SampleContent.aBankNotice().purposes("RATE", "DEBT_RECOVERY", "ENTITLEMENT").build();
        assertEquals(List.of("DEBT_RECOVERY", "ENTITLEMENT", "RATE"),
                content.purposes().stream().map(PurposeCode::value).toList());
    }

    @Test
    void aPurposeCodeIsNotFreeText() {
        assertThrows(IllegalArgumentException.class, () -> new PurposeCode("to investigate fraud"));
    }
}
