package nz.integrity.platform.web;

import jakarta.faces.application.FacesMessage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageMessagesTest {

    private final PageMessages messages = new PageMessages();

    @Test
    void aMessageWithAnAnchorDetailLinksToIt() {
        FacesMessage linked = new FacesMessage(FacesMessage.SEVERITY_ERROR, "R07 Name the specific items.", "#itemsHeading");
        assertEquals("#itemsHeading", messages.linkOf(linked));
        assertEquals("icm-message-error", messages.styleOf(linked));
    }

    @Test
    void aPlainMessageOrAValidationDetailDoesNotLink() {
        assertNull(messages.linkOf(new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved.", null)));
        assertNull(messages.linkOf(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Required", "Value is required.")));
        assertEquals("icm-message-info", messages.styleOf(new FacesMessage("Saved.")));
        assertEquals("icm-message-warn", messages.styleOf(new FacesMessage(FacesMessage.SEVERITY_WARN, "Careful", null)));
    }
}
