package nz.integrity.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nz.integrity.platform.Names;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person receiving or applying for a benefit. Ethnicity and iwi affiliation are kept only when the client supplied
 * them, and are used only for aggregate equity monitoring, never for selection (domain brief section 6).
 */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_number", nullable = false, unique = true, length = 9)
    private String clientNumber;

    @Column(name = "given_names", nullable = false, length = 200)
    private String givenNames;

    @Column(name = "family_name", nullable = false, length = 200)
    private String familyName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(length = 40)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(name = "postal_address", length = 500)
    private String postalAddress;

    @Column(length = 100)
    private String ethnicity;

    @Column(name = "iwi_affiliation", length = 200)
    private String iwiAffiliation;

    @Version
    private long version;

    protected Client() {
        // for JPA
    }

    public Client(ClientNumber number, String givenNames, String familyName, LocalDate dateOfBirth, LocalDate today) {
        this.clientNumber = Objects.requireNonNull(number, "number").value();
        this.givenNames = requireName(givenNames, "Given names are required");
        this.familyName = requireName(familyName, "A family name is required");
        if (dateOfBirth == null || dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(130))) {
            throw new IllegalArgumentException("The date of birth must be a real date in the past");
        }
        this.dateOfBirth = dateOfBirth;
    }

    public void updateContact(String newPhone, String newEmail, String newPostalAddress) {
        if (newEmail != null && !newEmail.isBlank() && !newEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("The email address is not valid");
        }
        this.phone = blankToNull(newPhone);
        this.email = blankToNull(newEmail);
        this.postalAddress = blankToNull(newPostalAddress);
    }

    /** Only what the client told us themselves; an empty value removes it. */
    public void recordSelfIdentification(String clientEthnicity, String clientIwiAffiliation) {
        this.ethnicity = blankToNull(clientEthnicity);
        this.iwiAffiliation = blankToNull(clientIwiAffiliation);
    }

    public Long id() {
        return id;
    }

    public ClientNumber clientNumber() {
        return new ClientNumber(clientNumber);
    }

    public String givenNames() {
        return givenNames;
    }

    public String familyName() {
        return familyName;
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> postalAddress() {
        return Optional.ofNullable(postalAddress);
    }

    public Optional<String> ethnicity() {
        return Optional.ofNullable(ethnicity);
    }

    public Optional<String> iwiAffiliation() {
        return Optional.ofNullable(iwiAffiliation);
    }

    private static String requireName(String name, String whenMissing) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(whenMissing);
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("A name can have at most 200 characters");
        }
        return Names.require(name, "A name needs visible letters and no invisible direction or control characters");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Client client && id != null && id.equals(client.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
