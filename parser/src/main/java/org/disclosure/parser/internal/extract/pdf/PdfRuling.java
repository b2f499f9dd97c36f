package org.disclosure.parser.internal.extract.pdf;

/**
 * A horizontal or vertical line drawn on a page (a table border), top-left origin. For a horizontal
 * ruling {@code position} is its y and the extent runs along x; for a vertical one the reverse.
 */
public record PdfRuling(boolean horizontal, float position, float from, float to) {

    /** Borders are drawn a little long or short; this much slack still counts as touching. */
    static final float TOLERANCE = 2f;

    float length() {
        return to - from;
    }

    /** Whether the ruling runs past a point along its extent. */
    boolean covers(float along) {
        return along >= from - TOLERANCE && along <= to + TOLERANCE;
    }

    /** Whether a horizontal and a vertical ruling cross or touch. */
    boolean crosses(PdfRuling other) {
        if (horizontal == other.horizontal) return false;
        return covers(other.position) && other.covers(position);
    }
}
