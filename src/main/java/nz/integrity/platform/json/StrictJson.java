package nz.integrity.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import nz.integrity.platform.time.DateBounds;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a JSON document to a record, exactly: a text field takes only a JSON string, a flag only true/false, a
 * number only an integral JSON number in range, an enum only one of its names, a date only {@code yyyy-MM-dd}
 * within {@link DateBounds}. Anything else is a {@link JsonInputException} naming the member's path
 * ({@code documents[1].fileName}). Lenient binding (JSON-B turns {@code 123} into {@code "123"} and {@code "yes"}
 * into {@code false}) let wrong input through silently.
 *
 * <p>Nesting is limited before any tree is built, so a 100,000-deep document costs one linear scan, not a stack
 * overflow. Duplicate keys are refused: two parsers reading one document two ways has no place here. Members the
 * record does not have are ignored, as before.
 */
public final class StrictJson {

    /** Deeper than any body the API documents (request content nests 5 levels). */
    public static final int MAX_DEPTH = 16;

    /** The whole body; a field name that starts the path of every other error. */
    public static final String BODY = "body";

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final JsonReaderFactory READERS =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private StrictJson() {
    }

    /** Parses and binds; an empty document is null, as JAX-RS passes a missing body. */
    public static <T> T read(byte[] json, Class<T> type) {
        JsonValue tree = parse(json);
        return tree == null ? null : type.cast(bind(tree, type, BODY));
    }

    /** The document as a JSON-P tree, or null when it is empty or only whitespace. */
    public static JsonValue parse(byte[] json) {
        if (isBlank(json)) {
            return null;
        }
        checkDepth(json);
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(json))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new JsonInputException(BODY, "The body is not valid JSON (" + location(e) + ").");
        } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
            throw new JsonInputException(BODY, "The body is not valid JSON.");
        }
    }

    private static void checkDepth(byte[] json) {
        int depth = 0;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                    if (++depth > MAX_DEPTH) {
                        throw new JsonInputException(BODY, "The body nests deeper than " + MAX_DEPTH + " levels.");
                    }
                } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                    depth--;
                }
            }
        } catch (JsonParsingException e) {
            throw new JsonInputException(BODY, "The body is not valid JSON (" + location(e) + ").");
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new JsonInputException(BODY, "The body is not valid JSON.");
        }
    }

    private static String location(JsonParsingException e) {
        return e.getLocation() == null ? "unexpected input"
                : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
    }

    private static boolean isBlank(byte[] json) {
        for (byte b : json) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static Object bind(JsonValue value, Type type, String path) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw new JsonInputException(path, "A value is required.");
            }
            return null;
        }
        if (raw == String.class) {
            String text = expect(value, JsonString.class, path, "Expected text.").getString();
            // No text anywhere in the domain holds a NUL, and PostgreSQL cannot store one: refuse it at the boundary.
            if (text.indexOf('\u0000') >= 0) {
                throw new JsonInputException(path, "Text may not contain a NUL character.");
            }
            return text;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new JsonInputException(path, "Expected true or false.");
        }
        if (raw == Integer.class || raw == int.class) {
            return (int) integral(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (raw == Long.class || raw == long.class) {
            return integral(value, path, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (raw == LocalDate.class) {
            return date(expect(value, JsonString.class, path, "Expected a date like 2026-03-31.").getString(), path);
        }
        if (raw.isEnum()) {
            return constant(raw, expect(value, JsonString.class, path, "Expected one of " + names(raw) + ".").getString(), path);
        }
        if (raw == List.class || raw == Set.class) {
            JsonArray array = expect(value, JsonArray.class, path, "Expected a list.");
            Type element = argument(type, 0);
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(bind(array.get(i), element, path + "[" + i + "]"));
            }
            return raw == List.class ? List.copyOf(nonNull(items, path)) : Set.copyOf(new LinkedHashSet<>(nonNull(items, path)));
        }
        if (raw == Map.class) {
            if (raw(argument(type, 0)) != String.class) {
                throw new IllegalStateException("Only maps keyed by text can be bound: " + type);
            }
            JsonObject object = expect(value, JsonObject.class, path, "Expected an object.");
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String memberPath = path + "." + entry.getKey();
                Object bound = bind(entry.getValue(), argument(type, 1), memberPath);
                if (bound == null) {
                    throw new JsonInputException(memberPath, "A value is required.");
                }
                map.put(entry.getKey(), bound);
            }
            return Map.copyOf(map);
        }
        if (raw.isRecord()) {
            return record(expect(value, JsonObject.class, path, "Expected an object."), raw, path);
        }
        throw new IllegalStateException("No strict JSON binding for " + type);
    }

    private static List<Object> nonNull(List<Object> items, String path) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new JsonInputException(path + "[" + i + "]", "A value is required.");
            }
        }
        return items;
    }

    private static Object record(JsonObject object, Class<?> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String memberPath = BODY.equals(path) ? component.getName() : path + "." + component.getName();
            JsonValue member = object.get(component.getName());
            arguments[i] = member == null ? absent(component.getType(), memberPath)
                    : bind(member, component.getGenericType(), memberPath);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw new JsonInputException(path, invalid.getMessage());
            }
            throw new IllegalStateException("Could not build " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not build " + type.getName(), e);
        }
    }

    private static Object absent(Class<?> type, String path) {
        if (type.isPrimitive()) {
            throw new JsonInputException(path, "A value is required.");
        }
        return null;
    }

    private static <V extends JsonValue> V expect(JsonValue value, Class<V> kind, String path, String message) {
        if (!kind.isInstance(value)) {
            throw new JsonInputException(path, message);
        }
        return kind.cast(value);
    }

    private static long integral(JsonValue value, String path, long min, long max) {
        JsonNumber number = expect(value, JsonNumber.class, path, "Expected a whole number.");
        try {
            long parsed = number.bigDecimalValue().longValueExact();
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (ArithmeticException e) {
            // reported below
        }
        throw new JsonInputException(path, "Expected a whole number from " + min + " to " + max + ".");
    }

    /** A strict ISO calendar date within the application's years. */
    public static LocalDate date(String text, String path) {
        LocalDate date;
        try {
            date = LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new JsonInputException(path, "Expected a date like 2026-03-31.");
        }
        if (!DateBounds.contains(date)) {
            throw new JsonInputException(path, "Use a date between 1900 and 2099.");
        }
        return date;
    }

    private static Object constant(Class<?> type, String name, String path) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new JsonInputException(path, "Expected one of " + names(type) + ".");
    }

    private static String names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("No strict JSON binding for " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("Collections need their element type: " + type);
    }
}
