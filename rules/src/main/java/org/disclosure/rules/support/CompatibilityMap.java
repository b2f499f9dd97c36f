package org.disclosure.rules.support;

import java.text.Normalizer;

/**
 * NFKC by table for text made of characters that normalize one by one: {@link Normalizer} runs the full
 * decomposition and recomposition algorithm over every paragraph, which was a third of X01's time and more in
 * Y03, while Chinese prose consists of ideographs, ASCII and full-width forms ("，" "２"), each of which NFKC
 * maps on its own to one character.
 *
 * <p>A character goes into the table when NFKC maps it alone to exactly one character and neither is a combining
 * mark or a Hangul jamo: such a character starts a segment of its own and cannot compose with a neighbour, so the
 * NFKC of a text made only of them is the concatenation of their mappings. Any other character (a combining mark,
 * a jamo, a supplementary character, "㈠" mapping to three characters) sends the whole text to {@link Normalizer}.
 * {@code CompatibilityMapTest} compares the two on every character of the table, on random mixed strings and on
 * the samples.
 */
final class CompatibilityMap {

    /** Marks a character the table does not map: the text needs {@link Normalizer}. */
    private static final char NOT_MAPPED = '\uffff';
    private static final char[] MAP = build();

    private CompatibilityMap() {
    }

    /**
     * The mapping of {@code c} when it normalizes alone and independently of its neighbours, else {@code NOT_MAPPED}.
     * The ideographs, most of a report, are themselves without a look into the table (128 KB, more than a core's
     * first-level cache).
     */
    static char of(char c) {
        return c >= '\u4e00' && c <= '\u9fff' ? c : MAP[c];
    }

    static boolean mapped(char mapping) {
        return mapping != NOT_MAPPED;
    }

    /** NFKC of {@code text}, by table when every character is in it. */
    static String nfkc(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char m = of(c);
            if (m == c) {
                if (out != null) out[i] = c;
                continue;
            }
            if (m == NOT_MAPPED) return Normalizer.normalize(text, Normalizer.Form.NFKC);
            if (out == null) {
                out = new char[text.length()];
                text.getChars(0, i, out, 0);
            }
            out[i] = m;
        }
        return out == null ? text : new String(out);
    }

    private static char[] build() {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            map[c] = NOT_MAPPED;
            if (c == NOT_MAPPED || Character.isSurrogate((char) c) || !independent(c)) continue;
            String normalized = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (normalized.length() == 1 && independent(normalized.charAt(0))) map[c] = normalized.charAt(0);
        }
        return map;
    }

    /** Neither a combining mark (which reorders and composes with what precedes it) nor a jamo (which composes into a syllable). */
    private static boolean independent(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block != Character.UnicodeBlock.HANGUL_JAMO && block != Character.UnicodeBlock.HANGUL_COMPATIBILITY_JAMO
                && block != Character.UnicodeBlock.HANGUL_JAMO_EXTENDED_A
                && block != Character.UnicodeBlock.HANGUL_JAMO_EXTENDED_B;
    }
}
