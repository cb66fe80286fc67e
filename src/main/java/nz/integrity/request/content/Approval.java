package nz.integrity.request.content;

import java.time.LocalDate;
import java.util.Objects;

/** A recorded approval, pinned to the exact content that was approved (R26). */
public record Approval(String approverId, LocalDate approvedOn, ApprovedContentHash approvedContent) {

    public Approval {
        Objects.requireNonNull(approverId, "approverId");
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(approvedContent, "approvedContent");
    }
}
