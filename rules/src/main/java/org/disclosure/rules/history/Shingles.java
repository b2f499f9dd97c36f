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

    /**
     * The shingles of {@value #SIZE} characters of a folded text as a set of 64-bit hashes: the same comparison as
     * {@link #of} without a String and a hash-set entry per shingle (a report's prose has thousands). Two different
     * shingles share a hash with a probability of about 2^-64 per pair, far below anything that could move a share
     * across Y03's thresholds.
     */
    static LongHashSet hashes(String folded) {
        int count = folded.length() - SIZE + 1;
        LongHashSet hashes = new LongHashSet(Math.max(count, 0));
        for (int start = 0; start < count; start++) hashes.add(hash(folded, start));
        return hashes;
    }

    /** Share of the shingles of the folded text {@code part} found in {@code whole} (from {@link #hashes}); 0 when none. */
    static double containment(String part, LongHashSet whole) {
        int count = part.length() - SIZE + 1;
        if (count <= 0) return 0;
        LongHashSet seen = new LongHashSet(count);
        int shared = 0;
        for (int start = 0; start < count; start++) {
            long hash = hash(part, start);
            if (seen.add(hash) && whole.contains(hash)) shared++;
        }
        return (double) shared / seen.size();
    }

    private static long hash(String folded, int start) {
        long hash = 0xcbf29ce484222325L;
        for (int i = start; i < start + SIZE; i++) hash = (hash ^ folded.charAt(i)) * 0x100000001b3L;
        // FNV-1a mixes weakly in the high bits; a finalizer spreads every character over the whole word
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
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
