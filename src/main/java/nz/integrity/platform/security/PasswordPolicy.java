package nz.integrity.platform.security;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * ASVS 2.1: length is what matters, no composition rules, long passphrases allowed (12 to 128 characters); a
 * password a person chooses is also refused when it is on zxcvbn's list of breached and common passwords, contains
 * the username, or is a low-entropy repeat or sequence. zxcvbn's guess estimate below 10^8 (its score 3, "safely
 * unguessable" against an online attack and a slow offline hash) catches the rest of what an attacker tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** zxcvbn's score 3: at least 10^8 guesses. */
    static final int MIN_SCORE = 3;

    private static final String BUNDLE = "nz.integrity.i18n.messages";

    /** Why a password is refused; each has a message in the bundle ({@code password.<name>}). */
    public enum Problem {
        TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON, REPEATED, GUESSABLE;

        public String message() {
            String text = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString("password." + name());
            return text.replace("{0}", String.valueOf(MIN_LENGTH)).replace("{1}", String.valueOf(MAX_LENGTH));
        }
    }

    private PasswordPolicy() {
    }

    /**
     * Loads zxcvbn's dictionaries once, on the first full check (someone choosing a password), not when start-up
     * hashes a demo or first-administrator password through the length-only check; measuring keeps no state.
     */
    private static final class Estimator {
        static final Zxcvbn INSTANCE = new Zxcvbn();
    }

    /** Length only: for hashing passwords that were checked when chosen (and the documented demo passwords). */
    public static void check(char[] password) {
        lengthProblem(password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.message());
        });
    }

    /** The full policy for a password a person chooses for the account {@code username}. */
    public static void check(String username, char[] password) {
        problem(username, password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.message());
        });
    }

    public static Optional<Problem> problem(String username, char[] password) {
        Optional<Problem> length = lengthProblem(password);
        if (length.isPresent()) {
            return length;
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && lower.contains(name)) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        // zxcvbn wipes what it measured; it gets a copy, or the caller would go on to hash a zeroed password.
        char[] copy = password.clone();
        Strength strength = Estimator.INSTANCE.measure(CharBuffer.wrap(copy), name.isEmpty() ? List.of() : List.of(name));
        try {
            if (strength.getScore() >= MIN_SCORE) {
                return Optional.empty();
            }
            return Optional.of(weakness(strength.getSequence()));
        } finally {
            strength.wipe();
            Arrays.fill(copy, '\0');
        }
    }

    /** Names the pattern that made the password guessable, so the person knows what to avoid. */
    private static Problem weakness(List<Match> matches) {
        if (matches.stream().anyMatch(m -> m.pattern == Pattern.Dictionary && "passwords".equals(m.dictionaryName))) {
            return Problem.COMMON;
        }
        if (matches.stream().anyMatch(m -> m.pattern == Pattern.Repeat || m.pattern == Pattern.Sequence)) {
            return Problem.REPEATED;
        }
        return Problem.GUESSABLE;
    }

    private static Optional<Problem> lengthProblem(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }
}
