package org.disclosure.parser;

/**
 * One glyph of a PDF page with its box in page space, top-left origin (y grows downwards).
 *
 * @param text   the Unicode text of the glyph (may be more than one char for ligatures)
 * @param x      left edge
 * @param top    top edge
 * @param width  advance width
 * @param height glyph height (font size when the font reports none)
 */
record PdfGlyph(String text, float x, float top, float width, float height) {

    float right() {
        return x + width;
    }

    float bottom() {
        return top + height;
    }

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return top + height / 2;
    }

    boolean isCjk() {
        char c = text.isEmpty() ? ' ' : text.charAt(0);
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F;
    }
}
