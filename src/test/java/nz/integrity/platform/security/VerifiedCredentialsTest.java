package nz.integrity.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedCredentialsTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-03T19:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();
    private final VerifiedCredentials<String> cache = new VerifiedCredentials<>(Duration.ofMinutes(5), clock);

    @Test
    void findsOnlyTheExactUsernameAndPasswordVerified() {
        cache.remember("ivy", "right-password".toCharArray(), "ivy's account");
        assertEquals(Optional.of("ivy's account"), cache.find("ivy", "right-password".toCharArray()));
        assertTrue(cache.find("ivy", "wrong-password".toCharArray()).isEmpty(), "another password is not verified");
        assertTrue(cache.find("ivy", "right-passwor".toCharArray()).isEmpty());
        assertTrue(cache.find("sam", "right-password".toCharArray()).isEmpty(), "another user is not verified");
        assertTrue(cache.find("ivyr", "ight-password".toCharArray()).isEmpty(), "the boundary between name and password counts");
    }

    @Test
    void anEntryExpiresAfterItsTimeToLive() {
        cache.remember("ivy", "pw".toCharArray(), "ivy");
        clock.now = clock.now.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertTrue(cache.find("ivy", "pw".toCharArray()).isPresent());
        clock.now = clock.now.plusMillis(1);
        assertTrue(cache.find("ivy", "pw".toCharArray()).isEmpty(), "expired exactly at the time to live");
        assertEquals(0, cache.size(), "an expired entry is dropped when met");
    }

    @Test
    void forgettingDropsTheEntry() {
        cache.remember("ivy", "pw".toCharArray(), "ivy");
        cache.forget("ivy", "pw".toCharArray());
        assertTrue(cache.find("ivy", "pw".toCharArray()).isEmpty());
        cache.remember("ivy", "pw".toCharArray(), "ivy");
        cache.forgetAll();
        assertTrue(cache.find("ivy", "pw".toCharArray()).isEmpty());
    }

    @Test
    void eachServerStartDrawsItsOwnKey() {
        VerifiedCredentials<String> other = new VerifiedCredentials<>(Duration.ofMinutes(5), clock);
        cache.remember("ivy", "pw".toCharArray(), "ivy");
        assertTrue(other.find("ivy", "pw".toCharArray()).isEmpty());
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        VerifiedCredentials<String> off = new VerifiedCredentials<>(Duration.ZERO, clock);
        off.remember("ivy", "pw".toCharArray(), "ivy");
        assertTrue(off.find("ivy", "pw".toCharArray()).isEmpty());
        assertEquals(0, off.size());
    }
}
