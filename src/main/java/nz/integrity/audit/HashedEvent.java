package nz.integrity.audit;

/**
 * An event with the result of its hash check already computed, so {@link ChainVerifier} can take events hashed in
 * parallel ({@link ParallelHashing}) and do only the cheap, order-dependent checks itself.
 *
 * @param event     the event as stored
 * @param hashValid whether its stored hash matches its content ({@link AuditEvent#hasValidHash()})
 */
public record HashedEvent(AuditEvent event, boolean hashValid) {

    public static HashedEvent of(AuditEvent event) {
        return new HashedEvent(event, event.hasValidHash());
    }
}
