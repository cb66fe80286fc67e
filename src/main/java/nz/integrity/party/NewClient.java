package nz.integrity.party;

import java.time.LocalDate;

/**
 * What is typed in to register a client. Ethnicity and iwi affiliation may only be recorded when the client
 * stated them, which {@code selfIdentified} confirms (domain brief section 6).
 */
public record NewClient(String clientNumber, String givenNames, String familyName, LocalDate dateOfBirth,
                        String phone, String email, String postalAddress,
                        String ethnicity, String iwiAffiliation, boolean selfIdentified) {
}
