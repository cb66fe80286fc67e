package nz.integrity.request.content;

/** The less intrusive routes an applicant must have considered before compelling a third party (R13). */
public enum LessIntrusiveMeans {
    ASK_THE_CLIENT,
    INFORMATION_MSD_ALREADY_HOLDS,
    INFORMATION_SHARING_OR_MATCHING,
    PUBLIC_INFORMATION,
    INTERVIEW
}
