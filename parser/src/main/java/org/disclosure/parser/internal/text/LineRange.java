package org.disclosure.parser.internal.text;

/** A half-open range of 0-based line indexes of a {@link SourceDocument}: a section, or the lines a table is looked for in. */
public record LineRange(int start, int end) {
}
