package org.disclosure.rules.history;

import java.util.Arrays;
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
     * The shingles of {@value #SIZE} characters of a folded text as 64-bit hashes, sorted and distinct: the same
     * comparison as {@link #of} without a String and a hash-set entry per shingle (a report's prose has thousands).
     * Two different shingles share a hash with a probability of about 2^-64 per pair, far below anything that could
     * move a share across Y03's thresholds.
     */
    static long[] hashes(String folded) {
        int count = folded.length() - SIZE + 1;
        if (count <= 0) return new long[0];
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            long hash = 0xcbf29ce484222325L;
            for (int i = start; i < start + SIZE; i++) hash = (hash ^ folded.charAt(i)) * 0x100000001b3L;
            // FNV-1a mixes weakly in the high bits; a finalizer spreads every character over the whole word
            hash ^= hash >>> 33;
            hash *= 0xff51afd7ed558ccdL;
            hash ^= hash >>> 33;
            hashes[start] = hash;
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) hashes[distinct++] = hashes[i];
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** Share of {@code part}'s shingle hashes found in {@code whole} (both from {@link #hashes}); 0 when none. */
    static double containment(long[] part, long[] whole) {
        if (part.length == 0) return 0;
        int shared = 0;
        for (long shingle : part) {
            if (Arrays.binarySearch(whole, shingle) >= 0) shared++;
        }
        return (double) shared / part.length;
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
