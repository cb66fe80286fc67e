package nz.integrity.platform.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceThrottleTest {

    private static final String ATTACKER = "203.0.113.9";
    private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

    private SourceThrottle throttle;

    @BeforeEach
    void configure() {
        throttle = new SourceThrottle();
        throttle.freeFailures = 3;
        throttle.maxDelaySeconds = 60;
        throttle.forgetAfterMinutes = 15;
        throttle.exemptSources = Optional.of("192.0.2.1, 10.0.0.5");
        at(START);
    }

    private void at(Instant instant) {
        throttle.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(ATTACKER);
        }
    }

    @Test
    @DisplayName("Issue 9 item 2: the first failures from an address are free")
    void freeFailuresDoNotSlow() {
        fail(3);
        assertEquals(Optional.empty(), throttle.waitFor(ATTACKER));
    }

    @Test
    @DisplayName("Issue 9 item 2: each failure beyond the free ones doubles the wait")
    void waitDoublesPerFailure() {
        fail(4);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor(ATTACKER));
        fail(1);
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitFor(ATTACKER));
        fail(1);
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.waitFor(ATTACKER));
        at(START.plusSeconds(4));
        assertEquals(Optional.empty(), throttle.waitFor(ATTACKER), "the wait is over");
    }

    @Test
    @DisplayName("Issue 9 item 2: the wait is capped and other addresses are not affected")
    void waitIsCappedAndPerAddress() {
        fail(40);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.waitFor(ATTACKER));
        assertEquals(Optional.empty(), throttle.waitFor("198.51.100.7"));
    }

    @Test
    @DisplayName("Issue 9 item 2: an exempt address (a reverse proxy) is never slowed")
    void exemptAddressIsNeverSlowed() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.5");
        }
        assertEquals(Optional.empty(), throttle.waitFor("10.0.0.5"));
    }

    @Test
    @DisplayName("Issue 9 item 2: a quiet address is forgotten")
    void quietAddressIsForgotten() {
        fail(5);
        at(START.plus(Duration.ofMinutes(16)));
        fail(1);
        assertEquals(Optional.empty(), throttle.waitFor(ATTACKER), "counting starts again");
        assertTrue(new SourceThrottle.Rules(3, Duration.ofSeconds(60), Duration.ofMinutes(15))
                .delayAfter(100).equals(Duration.ofSeconds(60)));
    }
}
