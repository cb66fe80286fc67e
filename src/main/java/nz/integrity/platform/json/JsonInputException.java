package nz.integrity.platform.json;

/** Input that is not the JSON the API documents; {@link #field()} is the path of the offending member. */
public class JsonInputException extends IllegalArgumentException {

    private final String field;

    public JsonInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
