package nz.integrity.investigation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.investigation.CaseRecords;
import nz.integrity.investigation.DiaryEntry;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The case page's Diary tab: the append-only diary; a correction is a new entry naming the one it corrects. */
@Named
@ViewScoped
public class CaseDiaryTab implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TAB = "caseForm:tabs:";
    private static final Map<String, String> INPUTS = Map.of("text", TAB + "diaryText", "corrects", TAB + "diaryCorrects");

    @Inject
    transient CaseRecords records;

    @Inject
    CaseFilePage caseFile;

    private transient List<DiaryEntry> entries;
    private String text;
    private Integer corrects;

    public List<DiaryEntry> getEntries() {
        if (entries == null) {
            entries = records.diary(caseFile.getReference());
        }
        return entries;
    }

    /** Starts a correction of an entry: the form names it, the user writes what is right. */
    public void correct(int entryNumber) {
        corrects = entryNumber;
        text = null;
    }

    public void add() {
        ServiceFeedback.obtain(() -> records.addDiaryEntry(caseFile.getReference(), text, corrects), INPUTS)
                .ifPresent(entry -> {
                    Messages.info("case.diary.added", entry.entryNumber());
                    text = null;
                    corrects = null;
                    entries = null;
                });
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getCorrects() {
        return corrects;
    }

    public void setCorrects(Integer corrects) {
        this.corrects = corrects;
    }
}
