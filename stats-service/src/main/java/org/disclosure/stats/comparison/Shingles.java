package org.disclosure.stats.comparison;

import java.util.HashSet;
import java.util.Set;
import org.disclosure.rules.support.TextNormalizer;

/**
 * Character n-gram shingles of Chinese prose, as rule Y03 measures copying: digits folded to one placeholder (a
 * copy with the year and figures updated still matches) and punctuation dropped.
 */
final class Shingles {

    /** Y03's shingle size, for the narrative as a whole. */
    static final int NARRATIVE = 8;
    /** Sentences are short: smaller shingles still tell a reworded sentence from another one. */
    static final int SENTENCE = 4;

    private Shingles() {
    }

    static String fold(String text) {
        String normalized = TextNormalizer.normalize(text);
        StringBuilder folded = new StringBuilder(normalized.length());
        boolean inNumber = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isDigit(c)) {
                if (!inNumber) folded.append('#');
                inNumber = true;
                continue;
            }
            inNumber = false;
            if (Character.isLetter(c)) folded.append(c);
        }
        return folded.toString();
    }

    static Set<String> of(String folded, int size) {
        Set<String> shingles = new HashSet<>();
        if (folded.length() < size) {
            if (!folded.isEmpty()) shingles.add(folded);
            return shingles;
        }
        for (int i = 0; i + size <= folded.length(); i++) shingles.add(folded.substring(i, i + size));
        return shingles;
    }

    /** Share of {@code part}'s shingles found in {@code whole}; 0 when {@code part} has none. */
    static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) return 0;
        int shared = 0;
        for (String shingle : part) {
            if (whole.contains(shingle)) shared++;
        }
        return (double) shared / part.size();
    }
}
