package nz.integrity.request.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nz.integrity.request.content.DateRange;

/** Collects a rule's inputs as strings in reading order; see {@link RuleResult#inputs()}. */
final class Inputs {

    private final Map<String, String> values = new LinkedHashMap<>();

    static Inputs inputs() {
        return new Inputs();
    }

    Inputs put(String key, Object value) {
        values.put(key, describe(value));
        return this;
    }

    Map<String, String> map() {
        return values;
    }

    /** The string form used for inputs, also handy in explanations: sorted, comma-separated collections. */
    static String describe(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(Inputs::describe).orElse("(none)");
        }
        if (value instanceof DateRange range) {
            return range.iso();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Inputs::describe).sorted().collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
