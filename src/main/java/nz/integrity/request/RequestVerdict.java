package nz.integrity.request;

import java.time.Instant;

/** An approver's decision on one submission of a request, with the reason the applicant needs to read. */
public record RequestVerdict(int submissionNumber, String verdict, String decidedBy, Instant decidedAt, String reason) {
}
