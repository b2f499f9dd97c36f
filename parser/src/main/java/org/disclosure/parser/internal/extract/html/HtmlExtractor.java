package org.disclosure.parser.internal.extract.html;

import java.util.Set;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.parser.internal.detect.TextDecoder;
import org.disclosure.parser.internal.extract.CellGrid;
import org.disclosure.parser.internal.extract.DocumentExtractor;
import org.disclosure.parser.internal.extract.ExtractedText;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;
import org.disclosure.parser.internal.extract.RejectedDocument;
import org.disclosure.parser.internal.extract.RejectedDocument.Reason;
import org.disclosure.parser.internal.limit.Budget;
import org.disclosure.parser.internal.limit.LimitExceeded;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a report published as a web page: the report body found by {@link HtmlReportBody}, its block
 * elements as lines, its tables expanded into a grid by rowspan and colspan so that merged labels leave
 * blank slots and every value keeps its column.
 */
public final class HtmlExtractor implements DocumentExtractor {

    /** Elements after which a line ends; inline elements (span, strong, a, font) continue the line. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "main", "header", "blockquote", "pre", "dl", "dt", "dd", "center", "address",
            "figure", "figcaption", "hr", "body", "caption");

    /** Data cells hold a label or a number; a cell with more text than this is part of the page layout. */
    private static final int LONGEST_DATA_CELL = 200;

    @Override
    public ExtractedText extract(byte[] content) throws RejectedDocument {
        // the bytes are decoded by content (UTF-8 or GB18030), which is more reliable than a page's meta charset
        String html = TextDecoder.decode(content).orElseThrow(() -> new RejectedDocument(Reason.NOT_TEXT));
        Document page = Jsoup.parse(html);
        checkNesting(page);
        Element body = HtmlReportBody.find(page);
        Walker walker = new Walker();
        walker.walk(body);
        walker.endLine();
        return walker.out.build();
    }

    /**
     * Refuses a page nested deeper than {@link Budget#MAX_NESTING} before anything walks it: the walker
     * recurses and finding the report body costs time per level (20,000 nested elements would overflow the
     * stack or take minutes). Counted iteratively, so the check itself cannot overflow.
     */
    private static void checkNesting(Document page) {
        NodeTraversor.traverse((node, depth) -> {
            if (depth > Budget.MAX_NESTING) {
                throw new LimitExceeded(LimitExceeded.Limit.NESTING, "elements nested deeper than " + Budget.MAX_NESTING);
            }
        }, page);
    }

    /** Walks the body in document order, gathering inline text into lines and tables into grids. */
    private static final class Walker {
        private final ExtractedTextBuilder out = new ExtractedTextBuilder();
        private final StringBuilder line = new StringBuilder();
        private int lines;
        private int tables;

        void walk(Node node) {
            Budget.check();
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode text) {
                    line.append(text.getWholeText().replace('\u00A0', ' ').replaceAll("\\s+", " "));
                } else if (child instanceof Element element) {
                    String tag = element.tagName();
                    if (tag.equals("br")) {
                        endLine();
                    } else if (tag.equals("table") && isLayoutTable(element)) {
                        // older portals lay whole pages out in tables: their cells are blocks, not data
                        endLine();
                        walkLayoutTable(element);
                    } else if (tag.equals("table")) {
                        endLine();
                        table(element);
                    } else if (BLOCKS.contains(tag)) {
                        endLine();
                        walk(element);
                        endLine();
                    } else {
                        walk(element);
                    }
                }
            }
        }

        /** A table that holds tables, or cells of running text, arranges the page rather than data. */
        private static boolean isLayoutTable(Element table) {
            if (table.getElementsByTag("table").size() > 1) return true; // the list includes the table itself
            for (Element cell : table.select("td, th")) {
                if (cell.text().length() > LONGEST_DATA_CELL) return true;
            }
            return false;
        }

        private void walkLayoutTable(Element table) {
            for (Element cell : table.select("td, th")) {
                if (cell.closest("table") != table) continue;
                endLine();
                walk(cell);
                endLine();
            }
        }

        void endLine() {
            String text = line.toString().strip();
            line.setLength(0);
            if (text.isEmpty()) return;
            lines++;
            out.line(text, new SourceLocation(null, lines, null, null));
        }

        private void table(Element table) {
            tables++;
            CellGrid grid = new CellGrid(tables);
            int row = 0;
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) continue; // rows of a nested table belong to that table
                for (Element cell : tr.children()) {
                    if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) continue;
                    // no location given: the grid names the slot "table t, row r, column c" once it is placed
                    grid.add(row, cellText(cell), span(cell, "rowspan"), span(cell, "colspan"), null);
                }
                row++;
            }
            grid.rows().forEach(out::row);
        }

        /** A cell's paragraphs and line breaks are a label wrapped by hand; they read as one label. */
        private static String cellText(Element cell) {
            return cell.text().replace('\u00A0', ' ').strip();
        }

        private static int span(Element cell, String attribute) {
            String value = cell.attr(attribute).strip();
            if (value.isEmpty()) return 1;
            try {
                // browsers cap spans (colspan 1000, rowspan 65534); a larger number is a typo, read as 1
                int span = Integer.parseInt(value);
                return span >= 1 && span <= 1000 ? span : 1;
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
