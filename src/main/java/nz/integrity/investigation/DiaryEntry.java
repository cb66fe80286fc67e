package nz.integrity.investigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nz.integrity.platform.ValidationException;

import java.time.Instant;
import java.util.Optional;

/** One entry in the case diary. Entries are never edited: a correction is a new entry that names the old one. */
@Entity
@Table(name = "diary_entry")
public class DiaryEntry {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private InvestigationCase investigationCase;

    @Column(name = "entry_number", nullable = false)
    private int entryNumber;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_entry_id")
    private DiaryEntry corrects;

    protected DiaryEntry() {
        // for JPA
    }

    DiaryEntry(InvestigationCase investigationCase, int entryNumber, String text, DiaryEntry corrects,
               String recordedBy, Instant recordedAt) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("text", "A diary entry needs some text.");
        }
        if (text.length() > MAX_TEXT) {
            throw new ValidationException("text", "A diary entry can have at most " + MAX_TEXT + " characters.");
        }
        this.investigationCase = investigationCase;
        this.entryNumber = entryNumber;
        this.text = text.strip();
        this.corrects = corrects;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The next entry of a case's diary; a correction must correct an entry of the same case. */
    public static DiaryEntry next(InvestigationCase investigationCase, int lastEntryNumber, String text,
                                  DiaryEntry corrects, String recordedBy, Instant at) {
        if (corrects != null && !corrects.investigationCase.id().equals(investigationCase.id())) {
            throw new ValidationException("corrects", "A correction must refer to an entry of the same case.");
        }
        return new DiaryEntry(investigationCase, lastEntryNumber + 1, text, corrects, recordedBy, at);
    }

    public Long id() {
        return id;
    }

    public int entryNumber() {
        return entryNumber;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String text() {
        return text;
    }

    public Optional<Integer> correctsEntryNumber() {
        return Optional.ofNullable(corrects).map(DiaryEntry::entryNumber);
    }
}
