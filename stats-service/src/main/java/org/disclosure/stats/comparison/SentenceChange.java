package org.disclosure.stats.comparison;

/**
 * A sentence of the right report (or, when REMOVED, of the left one) with its counterpart. {@code similarity} is the
 * share of the sentence's character shingles found in the counterpart; {@code copied} marks text taken over from
 * the left report (unchanged, or changed only in figures and small edits).
 */
public record SentenceChange(SentenceStatus status, String section, Integer leftLine, Integer rightLine,
        String left, String right, double similarity, boolean copied) {
}
