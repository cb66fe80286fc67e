package nz.integrity.request.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseListTest {

    private final PhraseList phrases = new PhraseList(List.of("All Records", " all financial information ", "high risk"));

    @Test
    void matchesWholeWordsIgnoringCaseAndPunctuation() {
        assertEquals(List.of("all financial information"), phrases.foundIn("Please supply ALL financial-information."));
        assertEquals(List.of("all records"), phrases.foundIn("all records, please"));
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        assertEquals(List.of(), phrases.foundIn("small records of the account"));
    }

    @Test
    void removesPhrasesToShowWhatIsLeft() {
        assertEquals("case so no need", phrases.withoutPhrases("High-risk case, so no need. High risk!"));
    }

    @Test
    void keepsLongerPhrasesFirstSoNoFragmentIsLeft() {
        PhraseList nested = new PhraseList(List.of("maintenance of the law", "prejudice the maintenance of the law"));
        assertEquals("would", nested.withoutPhrases("would prejudice the maintenance of the law"));
    }
}
