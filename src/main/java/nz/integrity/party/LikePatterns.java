package nz.integrity.party;

import java.util.Locale;

/** LIKE patterns from typed text: '%' and '_' are searched for literally, with '!' as the escape character. */
final class LikePatterns {

    static final String ESCAPE = "escape '!'";

    private LikePatterns() {
    }

    static String containing(String typed) {
        return "%" + escaped(typed) + "%";
    }

    static String startingWith(String typed) {
        return escaped(typed) + "%";
    }

    private static String escaped(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
