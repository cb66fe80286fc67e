package nz.integrity.audit;

/**
 * The tip of a chain: the last seq and its hash. The next event gets {@code seq + 1} and
 * {@code prevHash = hash}. {@link #GENESIS} is the tip of the empty chain.
 */
public record ChainHead(long seq, String hash) {

    public static final ChainHead GENESIS = new ChainHead(0, AuditFormats.GENESIS_HASH);

    public ChainHead {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must be >= 0");
        }
        AuditFormats.requireSha256Hex("hash", hash);
        if (seq == 0 && !hash.equals(AuditFormats.GENESIS_HASH)) {
            throw new IllegalArgumentException("the empty chain's head hash is 64 zeros");
        }
    }

    public static ChainHead of(AuditEvent event) {
        return new ChainHead(event.seq(), event.hash());
    }

    public boolean isGenesis() {
        return seq == 0;
    }
}
