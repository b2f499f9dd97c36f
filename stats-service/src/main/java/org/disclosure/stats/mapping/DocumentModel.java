package org.disclosure.stats.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * A document people hand on (comparison report, briefing), independent of its file format: a title, lines under it
 * (region, date), then headings, paragraphs and tables in the layout of the official forms. {@link DocxWriter} and
 * {@link PdfWriter} lay out the same model, so the two files always say the same.
 */
public record DocumentModel(String title, List<String> subtitle, List<Block> blocks) {

    public sealed interface Block permits Heading, Text, Table {
    }

    public record Heading(String text) implements Block {
    }

    public record Text(String text) implements Block {
    }

    /** A table with a title row; every cell is text already formatted for reading. */
    public record Table(List<String> columns, List<List<String>> rows) implements Block {
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    public static final class Builder {
        private final String title;
        private final List<String> subtitle = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder subtitle(String line) {
            subtitle.add(line);
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder text(String text) {
            blocks.add(new Text(text));
            return this;
        }

        public Builder table(List<String> columns, List<List<String>> rows) {
            blocks.add(new Table(List.copyOf(columns), rows.stream().map(List::copyOf).toList()));
            return this;
        }

        public DocumentModel build() {
            return new DocumentModel(title, List.copyOf(subtitle), List.copyOf(blocks));
        }
    }
}
