package nz.integrity.request.notice;

import java.util.List;
import java.util.Objects;

import nz.integrity.party.DeliveryChannel;

/**
 * Who a document goes to and how it reaches them: for a notice, the recipient organisation's verified channel
 * from the registry; for a letter, the client's contact details.
 *
 * @param addressLines the postal address, email address or portal reference for {@code channel}
 */
public record Addressee(String name, DeliveryChannel channel, List<String> addressLines) {

    public Addressee {
        name = FieldText.line("Addressee name", name, 200);
        Objects.requireNonNull(channel, "channel");
        addressLines = FieldText.lines("Address", List.copyOf(addressLines), 6, 120);
    }
}
