package nz.integrity.request.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nz.integrity.request.content.Text;

/**
 * Phrases looked for in free text, matched case-insensitively on whole words, ignoring punctuation: "All
 * financial information." matches "all financial information", but "small records" does not match
 * "all records".
 */
public record PhraseList(List<String> phrases) {

    public PhraseList {
        phrases = phrases.stream()
                .map(PhraseList::forMatching)
                .filter(phrase -> !phrase.isEmpty())
                .distinct()
                // Longest first, so removing "maintenance of the law" cannot leave half of a longer phrase behind.
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The phrases that occur in {@code text}, in matching form. */
    public List<String> foundIn(String text) {
        String padded = padded(text);
        return phrases.stream().filter(phrase -> padded.contains(" " + phrase + " ")).toList();
    }

    /** {@code text} in matching form with every listed phrase removed: what is left once stock wording goes. */
    public String withoutPhrases(String text) {
        String padded = padded(text);
        for (String phrase : phrases) {
            String word = " " + phrase + " ";
            while (padded.contains(word)) {
                padded = padded.replace(word, " ");
            }
        }
        return padded.strip();
    }

    private static String padded(String text) {
        return " " + forMatching(text) + " ";
    }

    private static String forMatching(String text) {
        return Text.normalise(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
