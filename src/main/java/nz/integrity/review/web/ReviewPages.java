package nz.integrity.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.review.ReviewRegister;

import java.io.Serializable;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Backs the reviewer's register and timeline pages; both are read-only, audited and watermarked. */
@Named
@ViewScoped
public class ReviewPages implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WATERMARK_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss z")
            .withZone(NewZealandTime.ZONE);

    @Inject
    transient ReviewRegister register;

    @Inject
    transient CallerContext caller;

    @Inject
    transient Clock clock;

    private String caseKey;
    private List<ReviewRegister.RegisterEntry> entries;
    private List<ReviewRegister.TimelineEntry> timeline;
    private String watermark;

    public void loadRegister() {
        entries = ServiceFeedback.obtain(() -> register.register(), java.util.Map.of()).orElse(List.of());
        stampWatermark();
    }

    public void loadTimeline() {
        timeline = ServiceFeedback.obtain(() -> register.timeline(caseKey), java.util.Map.of()).orElse(List.of());
        stampWatermark();
    }

    /** Whoever prints or photographs the page, the copy says who looked and when. */
    public void stampWatermark() {
        watermark = "Confidential review copy. Viewed by " + caller.username() + " at " + WATERMARK_TIME.format(clock.instant());
    }

    public List<ReviewRegister.RegisterEntry> getEntries() {
        return entries;
    }

    public List<ReviewRegister.TimelineEntry> getTimeline() {
        return timeline;
    }

    public String getWatermark() {
        return watermark;
    }

    public String getCaseKey() {
        return caseKey;
    }

    public void setCaseKey(String caseKey) {
        this.caseKey = caseKey;
    }
}
