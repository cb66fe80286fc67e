package nz.integrity.review;

/** De-identified by default; identified only for a named case with the client's recorded authority. */
public enum ReviewMode {
    AGGREGATE,
    IDENTIFIED
}
