package nz.integrity.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.party.Client;
import nz.integrity.party.ClientRegistry;
import nz.integrity.party.ClientSummary;
import nz.integrity.party.NewClient;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Investigators and supervisors register, search and open clients; opening one is audited with its purpose. */
@Named
@ViewScoped
public class ClientPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClientRegistry registry;

    private String clientNumber;
    private String givenNames;
    private String familyName;
    private LocalDate dateOfBirth;
    private String phone;
    private String email;
    private String postalAddress;
    private String ethnicity;
    private String iwiAffiliation;
    private boolean selfIdentified;

    private String query;
    private transient List<ClientSummary> results;
    private String lookupNumber;
    private String purpose;
    private transient Client shown;

    public void register() {
        NewClient details = new NewClient(clientNumber, givenNames, familyName, dateOfBirth, phone, email,
                postalAddress, ethnicity, iwiAffiliation, selfIdentified);
        if (ServiceFeedback.attempt(() -> registry.register(details), Map.of())) {
            Messages.info("client.registered", clientNumber);
            clientNumber = null;
            givenNames = null;
            familyName = null;
            dateOfBirth = null;
            phone = null;
            email = null;
            postalAddress = null;
            ethnicity = null;
            iwiAffiliation = null;
            selfIdentified = false;
        }
    }

    public void search() {
        ServiceFeedback.attempt(() -> results = registry.searchByName(query), Map.of());
    }

    public void open(String number) {
        lookupNumber = number;
        view();
    }

    public void view() {
        shown = null;
        ServiceFeedback.attempt(() -> shown = registry.view(lookupNumber, purpose), Map.of());
    }

    public List<ClientSummary> getResults() {
        return results;
    }

    public Client getShown() {
        return shown;
    }

    public String getClientNumber() {
        return clientNumber;
    }

    public void setClientNumber(String clientNumber) {
        this.clientNumber = clientNumber;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getIwiAffiliation() {
        return iwiAffiliation;
    }

    public void setIwiAffiliation(String iwiAffiliation) {
        this.iwiAffiliation = iwiAffiliation;
    }

    public boolean isSelfIdentified() {
        return selfIdentified;
    }

    public void setSelfIdentified(boolean selfIdentified) {
        this.selfIdentified = selfIdentified;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getLookupNumber() {
        return lookupNumber;
    }

    public void setLookupNumber(String lookupNumber) {
        this.lookupNumber = lookupNumber;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
