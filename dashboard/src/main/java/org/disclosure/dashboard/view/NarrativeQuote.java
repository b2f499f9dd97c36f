package org.disclosure.dashboard.view;

/**
 * A narrative paragraph a finding is about, cut around the quoted passage so the page can mark it.
 *
 * @param line   the paragraph's line in the document
 * @param before text before the quoted passage (the whole paragraph when the passage is not found)
 * @param quoted the passage the finding quotes, empty when not found
 * @param after  text after it
 */
public record NarrativeQuote(int line, String before, String quoted, String after) {
}
