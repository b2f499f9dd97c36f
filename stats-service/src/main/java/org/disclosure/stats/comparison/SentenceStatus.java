package org.disclosure.stats.comparison;

/** What became of a sentence between the two narratives. */
public enum SentenceStatus {
    /** the same words (after whitespace and width normalisation) */
    UNCHANGED,
    /** a sentence of the other year reworded or with other figures */
    CHANGED,
    /** only in the right (later) report */
    NEW,
    /** only in the left (earlier) report */
    REMOVED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
