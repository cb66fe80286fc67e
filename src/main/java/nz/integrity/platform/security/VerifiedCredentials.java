package nz.integrity.platform.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, that a username and password were verified, so an API client calling with HTTP Basic
 * does not pay a password hash (PBKDF2) on every call. Neither the password nor a plain hash of it is kept: an entry is
 * found by the HMAC-SHA256 of username and password under a key drawn at random when the server starts and never
 * stored, so the map is useless for guessing passwords off-line and is empty after a restart. An entry carries what
 * the caller of the cache needs to re-check against the account on each use (for staff: the password hash in force,
 * the roles and whether the account may sign in), and expires after the time to live.
 *
 * @param <T> what was verified
 */
public final class VerifiedCredentials<T> {

    /** Far more API clients than this organisation has; beyond it, expired entries go first, then all. */
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration timeToLive;
    private final Clock clock;

    public VerifiedCredentials(Duration timeToLive, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** Off when the time to live is zero or negative: every call verifies the password. */
    public boolean isEnabled() {
        return !timeToLive.isZero() && !timeToLive.isNegative();
    }

    /** What was verified for exactly this username and password, if that was less than the time to live ago. */
    public Optional<T> find(String username, char[] password) {
        if (!isEnabled()) {
            return Optional.empty();
        }
        String id = idOf(username, password);
        Entry<T> entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(id, entry);
            return Optional.empty();
        }
        return Optional.of(entry.verified());
    }

    public void remember(String username, char[] password, T verified) {
        if (!isEnabled()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(idOf(username, password), new Entry<>(verified, clock.instant().plus(timeToLive)));
    }

    /** Drops the entry for these credentials: the account changed since they were verified. */
    public void forget(String username, char[] password) {
        entries.remove(idOf(username, password));
    }

    /** Drops every entry, e.g. after an administrator changed accounts in bulk. */
    public void forgetAll() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private String idOf(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            // A NUL cannot occur in a username, so ("ab", "c") and ("a", "bc") never share an input.
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] passwordBytes = new byte[bytes.remaining()];
            bytes.get(passwordBytes);
            mac.update(passwordBytes);
            Arrays.fill(passwordBytes, (byte) 0);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private record Entry<T>(T verified, Instant expires) {
    }
}
