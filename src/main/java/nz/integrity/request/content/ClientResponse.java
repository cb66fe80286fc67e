package nz.integrity.request.content;

/** How the client answered when asked first for an item (R06, R08). */
public enum ClientResponse {
    PENDING,
    PROVIDED,
    PARTLY_PROVIDED,
    DECLINED,
    NO_RESPONSE;

    /** Once the client has answered, the notice need not wait for their deadline. */
    public boolean hasAnswered() {
        return this == PROVIDED || this == PARTLY_PROVIDED || this == DECLINED;
    }
}
