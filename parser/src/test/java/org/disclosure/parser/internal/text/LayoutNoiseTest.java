package org.disclosure.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Page numbers and rules are layout; a table's cell next to a page break is not. */
class LayoutNoiseTest {

    @Test
    void pageNumbersAndRulesAreNoise() {
        assertTrue(LayoutNoise.isNoise("- 3 -", false));
        assertTrue(LayoutNoise.isNoise("第 3 页 共 9 页", false));
        assertTrue(LayoutNoise.isNoise("----------", false));
        assertTrue(LayoutNoise.isNoise("3", true), "a bare number at a page break is its page number");
        assertFalse(LayoutNoise.isNoise("3", false), "elsewhere it may be a cell of a one-cell-per-line table");
    }

    @Test
    void aFieldOfATabDelimitedRowAtAPageBreakIsACellNotAPageNumber() {
        // the last cell of a row broken over two pages, right before the form feed (OCR leaves the page number out)
        assertFalse(LayoutNoise.isNoise("\t0", true));
        assertFalse(LayoutNoise.isNoise("\t\t12", true));
    }
}
