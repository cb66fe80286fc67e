package nz.integrity.staff;

/** A decision on a pending change by the person who asked for it, or by the person it concerns (SoD-7). */
public class SecondPersonRequiredException extends RuntimeException {

    public SecondPersonRequiredException(String message) {
        super(message);
    }
}
