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
    /** An odd multiplier, so that the hash of eight characters is a polynomial in them modulo 2^64. */
    private static final long BASE = 0x9e3779b97f4a7c15L;
    /** BASE^(SIZE-1): what the character leaving the window contributes. */
    private static final long OUTGOING = power(BASE, SIZE - 1);

    private Shingles() {
    }

    public static String fold(String text) {
        String normalized = TextNormalizer.normalize(text);
        char[] folded = new char[normalized.length()];
        int length = 0;
        boolean inNumber = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            byte kind = KINDS[c];
            if (kind == DIGIT) {
                if (!inNumber) folded[length++] = '#';
                inNumber = true;
                continue;
            }
            inNumber = false;
            if (kind == LETTER) folded[length++] = c;
        }
        return new String(folded, 0, length);
    }

    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    /**
     * {@link Character#isDigit(char)} and {@link Character#isLetter(char)} of every character, looked up once: they
     * are three table lookups each, and {@link #fold} asks them of every character of every report's prose.
     */
    private static final byte[] KINDS = kinds();

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            kinds[c] = Character.isDigit((char) c) ? DIGIT : Character.isLetter((char) c) ? LETTER : OTHER;
        }
        return kinds;
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
        return set(windows(folded));
    }

    /** The hashes as a set. */
    static LongHashSet set(long[] windows) {
        LongHashSet hashes = new LongHashSet(windows.length);
        for (long hash : windows) hashes.add(hash);
        return hashes;
    }

    /**
     * The hash of the shingle starting at each position of a folded text (none when it is shorter than a shingle).
     * A shingle's hash depends on its characters only, so the shingles of a part of the text are the windows that lie
     * inside that part: Y03 hashes a report's prose once for the whole and for each paragraph.
     */
    static long[] windows(String folded) {
        long[] windows = new long[Math.max(folded.length() - SIZE + 1, 0)];
        long rolling = 0;
        for (int i = 0; i < folded.length(); i++) {
            rolling = roll(rolling, folded, i);
            if (i >= SIZE - 1) windows[i - SIZE + 1] = mix(rolling);
        }
        return windows;
    }

    /** Share of the shingles of the folded text {@code part} found in {@code whole} (from {@link #hashes}); 0 when none. */
    static double containment(String part, LongHashSet whole) {
        long[] windows = windows(part);
        return containment(windows, 0, part.length(), whole);
    }

    /**
     * Share of the shingles of the characters {@code from} to {@code to} (exclusive) of a folded text, whose
     * {@link #windows} are given, found in {@code whole}; 0 when that part is shorter than a shingle.
     */
    static double containment(long[] windows, int from, int to, LongHashSet whole) {
        int count = to - from - SIZE + 1;
        if (count <= 0) return 0;
        LongHashSet seen = new LongHashSet(count);
        int shared = 0;
        for (int start = from; start < from + count; start++) {
            long hash = windows[start];
            if (seen.add(hash) && whole.contains(hash)) shared++;
        }
        return (double) shared / seen.size();
    }

    /**
     * The polynomial hash of the {@value #SIZE} characters ending at {@code end}, from the one ending a character
     * earlier: one multiplication per character instead of {@value #SIZE} (a report's prose has thousands).
     */
    private static long roll(long hash, String text, int end) {
        if (end >= SIZE) hash -= text.charAt(end - SIZE) * OUTGOING;
        return hash * BASE + text.charAt(end);
    }

    /** A polynomial hash mixes weakly in the high bits; a finalizer spreads every character over the whole word. */
    private static long mix(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
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

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) result *= base;
        return result;
    }
}
