package nz.integrity.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing per source address (issue 9 item 2). The account lock after 3 failures stays, but
 * without this one address could lock every account with three guesses each. After a number of free failures,
 * each further failure from the same address makes it wait twice as long as the last time (1 s, 2 s, 4 s, ... up to
 * a cap); attempts during the wait are refused without checking the password, so they neither count against the
 * account nor cost a password hash. A source is forgotten after a quiet period. Kept in memory: a restart forgets,
 * which costs the attacker a restart they cannot cause.
 */
@ApplicationScoped
public class SourceThrottle {

    /** Enough remembered sources for a large spray; beyond it the quiet ones are dropped first. */
    private static final int MAX_SOURCES = 10_000;

    private final Map<String, Failures> bySource = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.security.throttle.free-failures", defaultValue = "10")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "app.security.throttle.max-delay-seconds", defaultValue = "900")
    long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "app.security.throttle.forget-after-minutes", defaultValue = "15")
    long forgetAfterMinutes;

    /**
     * Addresses never slowed: a reverse proxy that presents every user's requests from its own address (slowing it
     * would slow everyone), or a test harness. Empty by default.
     */
    @Inject
    @ConfigProperty(name = "app.security.throttle.exempt-sources")
    Optional<String> exemptSources;

    /** How long the source still has to wait before its next attempt is looked at, if it has to wait. */
    public Optional<Duration> waitFor(String source) {
        if (isExempt(source)) {
            return Optional.empty();
        }
        Failures failures = bySource.get(source);
        return failures == null ? Optional.empty() : failures.waitAt(clock.instant(), rules());
    }

    /** Counts a failed sign-in from the source. */
    public void failed(String source) {
        if (isExempt(source)) {
            return;
        }
        Instant now = clock.instant();
        Rules rules = rules();
        if (bySource.size() >= MAX_SOURCES) {
            bySource.values().removeIf(f -> f.isForgottenAt(now, rules));
        }
        bySource.merge(source, Failures.first(now), (old, ignored) -> old.plusOneAt(now, rules));
    }

    private boolean isExempt(String source) {
        // A comma-separated string: Payara's MicroProfile Config cannot inject Optional<List<String>>.
        return exemptSources.map(list -> Arrays.stream(list.split(",")).map(String::strip).anyMatch(source::equals))
                .orElse(false);
    }

    private Rules rules() {
        return new Rules(freeFailures, Duration.ofSeconds(maxDelaySeconds), Duration.ofMinutes(forgetAfterMinutes));
    }

    /** The configured limits. */
    record Rules(int freeFailures, Duration maxDelay, Duration forgetAfter) {

        /** The wait after the n-th failure: none while free, then 1 s doubling per failure, capped. */
        Duration delayAfter(int failures) {
            int beyond = failures - freeFailures;
            if (beyond <= 0) {
                return Duration.ZERO;
            }
            long seconds = beyond >= 31 ? Long.MAX_VALUE : 1L << (beyond - 1);
            return seconds >= maxDelay.getSeconds() ? maxDelay : Duration.ofSeconds(seconds);
        }
    }

    /** One source's failures: how many, and when the last one was. */
    record Failures(int count, Instant last) {

        static Failures first(Instant at) {
            return new Failures(1, at);
        }

        Failures plusOneAt(Instant at, Rules rules) {
            return isForgottenAt(at, rules) ? first(at) : new Failures(count + 1, at);
        }

        boolean isForgottenAt(Instant at, Rules rules) {
            return !at.isBefore(last.plus(rules.forgetAfter()).plus(rules.delayAfter(count)));
        }

        Optional<Duration> waitAt(Instant at, Rules rules) {
            Instant until = last.plus(rules.delayAfter(count));
            return at.isBefore(until) ? Optional.of(Duration.between(at, until)) : Optional.empty();
        }
    }
}
