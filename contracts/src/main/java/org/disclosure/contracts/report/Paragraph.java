package org.disclosure.contracts.report;

/** One paragraph of narrative text, with the section it belongs to (or null before the first section). */
public record Paragraph(String section, int line, String text) {
}
