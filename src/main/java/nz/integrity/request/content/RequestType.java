package nz.integrity.request.content;

/**
 * The two kinds of external information request. They share one model; the rules that apply differ by type
 * (a client request is itself the client-first step, a third-party notice is a compulsory Schedule 6 clause 2
 * notice and carries the statutory safeguards).
 */
public enum RequestType {
    CLIENT_REQUEST,
    THIRD_PARTY_NOTICE
}
