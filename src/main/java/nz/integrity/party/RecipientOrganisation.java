package nz.integrity.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An organisation that can receive an information request, with the delivery channel it is known to use. */
@Entity
@Table(name = "recipient_organisation")
public class RecipientOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false, length = 40)
    private RecipientType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_channel", nullable = false, length = 20)
    private DeliveryChannel deliveryChannel;

    @Column(name = "delivery_address", nullable = false, length = 300)
    private String deliveryAddress;

    @Column(name = "channel_verified_at")
    private Instant channelVerifiedAt;

    @Column(name = "channel_verified_by", length = 64)
    private String channelVerifiedBy;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected RecipientOrganisation() {
        // for JPA
    }

    public RecipientOrganisation(String name, RecipientType type, DeliveryChannel channel, String deliveryAddress) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An organisation name is required");
        }
        if (name.strip().length() > 200) {
            throw new IllegalArgumentException("An organisation name can have at most 200 characters");
        }
        this.name = nz.integrity.platform.Names.require(name,
                "An organisation name needs visible letters and no invisible direction or control characters");
        this.type = Objects.requireNonNull(type, "type");
        changeDeliveryChannel(channel, deliveryAddress);
    }

    /** A new channel is unverified until someone confirms it with the organisation. */
    public void changeDeliveryChannel(DeliveryChannel channel, String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("A delivery address is required");
        }
        if (address.strip().length() > 300) {
            throw new IllegalArgumentException("A delivery address can have at most 300 characters");
        }
        this.deliveryChannel = Objects.requireNonNull(channel, "channel");
        this.deliveryAddress = address.strip();
        this.channelVerifiedAt = null;
        this.channelVerifiedBy = null;
    }

    public void verifyDeliveryChannel(String verifiedBy, Instant at) {
        if (!active) {
            throw new IllegalStateException("A deactivated organisation's channel cannot be verified");
        }
        this.channelVerifiedBy = Objects.requireNonNull(verifiedBy);
        this.channelVerifiedAt = Objects.requireNonNull(at);
    }

    /** Kept for the history of requests already sent to it, but offered for no new request. */
    public void deactivate() {
        active = false;
    }

    public boolean hasVerifiedChannel() {
        return channelVerifiedAt != null;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public RecipientType type() {
        return type;
    }

    public DeliveryChannel deliveryChannel() {
        return deliveryChannel;
    }

    public String deliveryAddress() {
        return deliveryAddress;
    }

    public Optional<Instant> channelVerifiedAt() {
        return Optional.ofNullable(channelVerifiedAt);
    }

    public Optional<String> channelVerifiedBy() {
        return Optional.ofNullable(channelVerifiedBy);
    }

    public boolean isActive() {
        return active;
    }
}
