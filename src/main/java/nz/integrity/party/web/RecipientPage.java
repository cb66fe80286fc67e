package nz.integrity.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.party.DeliveryChannel;
import nz.integrity.party.RecipientOrganisation;
import nz.integrity.party.RecipientRegistry;
import nz.integrity.party.RecipientType;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The recipient-organisation registry for administrators: search, register, change and verify channels. */
@Named
@ViewScoped
public class RecipientPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecipientRegistry registry;

    private transient List<RecipientOrganisation> results;
    private String query;
    private RecipientType queryType;
    private String name;
    private RecipientType type;
    private DeliveryChannel channel;
    private String address;
    private Long selected;
    private String reason;

    public List<RecipientOrganisation> getResults() {
        if (results == null) {
            results = registry.search(query, queryType);
        }
        return results;
    }

    public void search() {
        results = null;
    }

    public void create() {
        if (ServiceFeedback.attempt(() -> registry.create(name, type, channel, address), Map.of())) {
            Messages.info("admin.recipients.created", name);
            name = null;
            type = null;
            channel = null;
            address = null;
            results = null;
        }
    }

    public void prepareChannel(RecipientOrganisation organisation) {
        selected = organisation.id();
        channel = organisation.deliveryChannel();
        address = organisation.deliveryAddress();
    }

    public void changeChannel() {
        change(() -> registry.changeDeliveryChannel(selected, channel, address), "admin.recipients.channelChanged");
    }

    public void verify(long id) {
        selected = id;
        change(() -> registry.verifyChannel(id), "admin.recipients.verified");
    }

    public void prepareDeactivate(long id) {
        selected = id;
        reason = null;
    }

    public void deactivate() {
        change(() -> registry.deactivate(selected, reason), "admin.recipients.deactivated");
    }

    private void change(Runnable action, String doneKey) {
        if (ServiceFeedback.attempt(action, Map.of())) {
            Messages.info(doneKey);
            results = null;
        }
    }

    /** Verification in words, so it never depends on colour alone. */
    public String channelStatusOf(RecipientOrganisation organisation) {
        return Messages.text(organisation.hasVerifiedChannel() ? "admin.recipients.verifiedStatus"
                : "admin.recipients.unverifiedStatus");
    }

    public RecipientType[] getTypes() {
        return RecipientType.values();
    }

    public DeliveryChannel[] getChannels() {
        return DeliveryChannel.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public RecipientType getQueryType() {
        return queryType;
    }

    public void setQueryType(RecipientType queryType) {
        this.queryType = queryType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RecipientType getType() {
        return type;
    }

    public void setType(RecipientType type) {
        this.type = type;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }

    public void setChannel(DeliveryChannel channel) {
        this.channel = channel;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
