package org.disclosure.rules.history;

import java.util.HashSet;
import java.util.Set;
import org.disclosure.rules.support.TextNormalizer;

/**
 * Character n-gram shingles of Chinese prose, for measuring how much of one text reappears in another.
 * Digits are folded to one placeholder so that a copy with the year and figures updated still matches, and
 * punctuation is dropped so that re-punctuation does not hide a copy.
 */
public final class Shingles {

    /** Y03's shingle size. */
    public static final int SIZE = 8;

    private Shingles() {
    }

    public static String fold(String text) {
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

    static Set<String> of(String folded) {
        return of(folded, SIZE);
    }

    /** The shingles of {@code size} characters of a folded text; none when it is shorter. */
    public static Set<String> of(String folded, int size) {
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + size <= folded.length(); i++) shingles.add(folded.substring(i, i + size));
        return shingles;
    }

    /** Share of {@code part}'s shingles found in {@code whole}; 0 when {@code part} has none. */
    public static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) return 0;
        int shared = 0;
        for (String shingle : part) {
            if (whole.contains(shingle)) shared++;
        }
        return (double) shared / part.size();
    }
}
