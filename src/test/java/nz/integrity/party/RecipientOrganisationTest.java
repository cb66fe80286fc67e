package nz.integrity.party;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecipientOrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");

    private static RecipientOrganisation bank() {
        return new RecipientOrganisation("Kiwi Bank", RecipientType.BANK, DeliveryChannel.EMAIL, "notices@bank.example");
    }

    @Test
    void aChangedChannelNeedsVerifyingAgain() {
        RecipientOrganisation bank = bank();
        bank.verifyDeliveryChannel("ada", NOW);
        assertTrue(bank.hasVerifiedChannel());
        assertEquals("ada", bank.channelVerifiedBy().orElseThrow());
        bank.changeDeliveryChannel(DeliveryChannel.POST, "PO Box 1, Wellington");
        assertFalse(bank.hasVerifiedChannel());
    }

    @Test
    void aDeactivatedOrganisationCannotBeVerified() {
        RecipientOrganisation bank = bank();
        bank.deactivate();
        assertFalse(bank.isActive());
        assertThrows(IllegalStateException.class, () -> bank.verifyDeliveryChannel("ada", NOW));
    }

    @Test
    void overlongAddressesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RecipientOrganisation("Bank", RecipientType.BANK, DeliveryChannel.POST, "x".repeat(301)));
    }

    @Test
    void likePatternsSearchForWildcardsLiterally() {
        assertEquals("%100!% kiwi!_bank%", LikePatterns.containing(" 100% Kiwi_Bank "));
        assertEquals("o!!brien%", LikePatterns.startingWith("O!Brien"));
    }
}
