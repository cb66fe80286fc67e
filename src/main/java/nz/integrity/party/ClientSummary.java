package nz.integrity.party;

import java.time.LocalDate;

/** One search hit: enough to pick the right person, none of their contact or self-identification details. */
public record ClientSummary(String clientNumber, String fullName, LocalDate dateOfBirth) {

    static ClientSummary of(Client client) {
        return new ClientSummary(client.clientNumber().value(), client.fullName(), client.dateOfBirth());
    }
}
