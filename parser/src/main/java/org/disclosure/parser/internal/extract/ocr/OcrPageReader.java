package org.disclosure.parser.internal.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.parser.internal.extract.CellGrid;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;
import org.disclosure.parser.internal.extract.GridCell;
import org.disclosure.parser.internal.extract.pdf.PdfRuling;
import org.disclosure.parser.internal.extract.pdf.RuledTable;
import org.disclosure.parser.internal.extract.pdf.ScannedPageReader;
import org.disclosure.parser.internal.limit.Budget;

/**
 * Reads a scanned page with Tesseract. The page is rendered at 300 dpi and straightened ({@link Deskew}); its
 * tables are found from the ruling lines in the image ({@link ImageRulings}) and cut into cells by the same
 * {@link RuledTable} as the borders of a text PDF. Every cell is read on its own: first as text, and a cell that
 * reads as a number again with the digits-only reader. What lies outside the tables is read as running text,
 * line by line. The page is then written like a text page, tables and lines top to bottom, every value's source
 * naming its table cell or line, its box on the scan and the reading's confidence.
 */
public final class OcrPageReader implements ScannedPageReader {

    /** Rendering resolution: what Tesseract reads best for 8–12 pt print. */
    static final int DPI = 300;
    private static final double SCALE = DPI / 72.0;
    /** The shortest ruling lines (pixels at 300 dpi): longer than a character's stroke, shorter than a cell's edge. */
    private static final int MIN_HORIZONTAL = 100;
    private static final int MIN_VERTICAL = 45;
    /** Pixels left off each side of a cell so that its borders are not read as 1s or dashes. */
    private static final int INSET = 7;
    /** Tesseract reads best with some white around the ink. */
    private static final int PADDING = 10;
    /**
     * Table cells are printed small (8 pt: characters about 30 px high at 300 dpi); the recogniser misreads such
     * lines — a doubled digit read once, 一 taken for a stroke of the next character — far less when they are
     * enlarged to about this height (pixels), at most {@link #MAX_ENLARGEMENT} times.
     */
    private static final double LINE_HEIGHT = 48;
    private static final double MAX_ENLARGEMENT = 2.5;
    /** The most glyphs a label's numbering takes: "(", "一", ")" and a space's worth. */
    private static final int MAX_NUMBERING_GLYPHS = 4;
    /** A digits-only reading at least this sure, of ink narrow enough, is taken without reading the cell as text. */
    private static final float DIGITS_FIRST_CONFIDENCE = 85;
    /** The widest a digit's ink is for its height (with the gap to the next); a Chinese character is about 1. */
    private static final double DIGIT_ASPECT = 0.85;
    /** A column with this many confidently read numbers is a column of numbers. */
    private static final int NUMBER_COLUMN = 3;
    /** A line of running text no wider than this many times its height is a few glyphs, not a line of words. */
    private static final int SHORT_LINE_GLYPHS = 6;
    /** Below this confidence a few glyphs are unreadable scraps (page numbers, specks), not text. */
    private static final float SCRAP_CONFIDENCE = 60;
    /** Fewer solid ink pixels than this in a cell is dust, not a value. */
    private static final int MIN_INK = 12;

    @Override
    public int read(PDDocument document, int pageIndex, int tablesBefore, ExtractedTextBuilder out) throws IOException {
        Budget.check();
        BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI, ImageType.GRAY);
        GrayImage page = GrayImage.of(rendered);
        int threshold = page.inkThreshold();
        page = Deskew.straighten(page, threshold);
        boolean[] ink = page.ink(threshold);
        Budget.check();
        List<PdfRuling> rulings = ImageRulings.find(ink, page.width(), page.height(), MIN_HORIZONTAL, MIN_VERTICAL, SCALE);
        List<RuledTable> tables = RuledTable.find(rulings);
        int pageNumber = pageIndex + 1;
        try (OcrEngine engine = engine()) {
            List<Block> blocks = new ArrayList<>();
            List<int[]> tableBoxes = new ArrayList<>();
            int written = 0;
            for (RuledTable table : tables) {
                int number = tablesBefore + written + 1;
                List<List<GridCell>> rows = readTable(engine, page, ink, table, number, pageNumber, out);
                tableBoxes.add(new int[] {px(table.columnEdge(0)) - 2, px(table.rowEdge(0)) - 2,
                        px(table.columnEdge(table.columnCount())) + 3, px(table.rowEdge(table.rowCount())) + 3});
                if (rows.isEmpty()) continue; // a frame with nothing in it is no table
                written++;
                blocks.add(new Block(table.top() * SCALE, rows, null));
            }
            readText(engine, page.without(tableBoxes), threshold, pageNumber, blocks, out);
            blocks.sort(Comparator.comparingDouble(Block::top));
            for (Block block : blocks) {
                if (block.rows() != null) block.rows().forEach(out::row);
                else out.line(block.line().text(), block.line().where());
            }
            return written;
        }
    }

    private static OcrEngine engine() {
        try {
            return OcrEngine.acquire();
        } catch (LinkageError | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ScannedPageReader.Unavailable("Tesseract could not be loaded", e);
        }
    }

    /** A table (its rows) or a line of text, at its height on the page. */
    private record Block(double top, List<List<GridCell>> rows, TextLine line) {
    }

    private record TextLine(String text, SourceLocation where) {
    }

    private List<List<GridCell>> readTable(OcrEngine engine, GrayImage page, boolean[] ink, RuledTable table,
            int number, int pageNumber, ExtractedTextBuilder out) {
        CellGrid grid = new CellGrid(number);
        Set<RuledTable.Cell> seen = new HashSet<>();
        List<CellReading> readings = new ArrayList<>();
        int[] numbersInColumn = new int[table.columnCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                RuledTable.Cell cell = table.cellAtSlot(r, c);
                if (!seen.add(cell)) continue;
                Budget.check();
                int x0 = px(table.columnEdge(cell.column())) + INSET;
                int x1 = px(table.columnEdge(cell.column() + cell.columnSpan())) - INSET;
                int y0 = px(table.rowEdge(cell.row())) + INSET;
                int y1 = px(table.rowEdge(cell.row() + cell.rowSpan())) - INSET;
                int[] box = InkBox.of(ink, page.width(), page.height(), x0, y0, x1, y1, MIN_INK);
                CellReading reading = box == null ? new CellReading(cell, new int[] {x0, y0, x1, y1}, null, false, null)
                        : readCell(engine, page, ink, cell, box);
                if (reading.confidentNumber()) numbersInColumn[cell.column()]++;
                readings.add(reading);
            }
        }
        boolean anyText = false;
        for (CellReading reading : readings) {
            RuledTable.Cell cell = reading.cell();
            int[] box = reading.box();
            String reference = "table " + number + ", row " + (cell.row() + 1) + ", column " + (cell.column() + 1)
                    + "; scan box " + boxText(box[0], box[1], box[2], box[3]);
            OcrEngine.Reading value = reading.decide(numbersInColumn[cell.column()] >= NUMBER_COLUMN);
            if (value == null) {
                grid.put(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan(), "",
                        new SourceLocation(pageNumber, null, null, reference));
                continue;
            }
            SourceLocation where = new SourceLocation(pageNumber, null, null,
                    reference + "; OCR " + Math.round(value.confidence()) + "%");
            out.recognised(where, value.confidence());
            grid.put(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan(), value.text(), where);
            anyText |= !value.text().isBlank();
        }
        return anyText ? grid.rows() : List.of();
    }

    /**
     * What OCR made of one cell: its digits-only reading when the cell is one line of digit-shaped ink, and its text
     * reading unless the digits were sure enough on their own. Which one is the cell's value is decided once the
     * whole table is read, since a cell in a column of numbers is a number.
     */
    private record CellReading(RuledTable.Cell cell, int[] box, OcrEngine.Reading digits, boolean confidentNumber,
            OcrEngine.Reading text) {

        /** The value, or null for an empty cell. */
        OcrEngine.Reading decide(boolean numberColumn) {
            if (digits == null && text == null) return null;
            if (confidentNumber || text == null) return digits;
            if (digits == null) return labelled(text);
            // a digit-shaped cell in a column of numbers, text that looks like a number (O for 0), or a text model
            // less sure of its reading than the digits reader (a thin "11" may look like a character to it)
            if (numberColumn || OcrText.looksNumeric(text.text()) || digits.confidence() > text.confidence()) return digits;
            return labelled(text);
        }

        private static OcrEngine.Reading labelled(OcrEngine.Reading text) {
            return new OcrEngine.Reading(LabelVocabulary.nearest(text.text()), text.confidence());
        }
    }

    /**
     * Reads a cell. A single line is read first with digits only: a confident reading whose ink is no wider than
     * that many digits (a digit is narrower than it is tall, a Chinese character about square) is the cell's number
     * and needs no other reading. Anything else is read as text too.
     */
    private static CellReading readCell(OcrEngine engine, GrayImage page, boolean[] ink, RuledTable.Cell cell, int[] box) {
        int lines = InkBox.lines(ink, page.width(), box);
        boolean block = lines > 1;
        double lineHeight = (box[3] - box[1]) / (double) Math.max(1, lines);
        GrayImage image = page.crop(box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2, PADDING)
                .scaled(Math.min(MAX_ENLARGEMENT, LINE_HEIGHT / lineHeight));
        OcrEngine.Reading digits = null;
        if (!block) {
            OcrEngine.Reading number = engine.number(image);
            String text = number.text().replace(" ", "");
            boolean digitShaped = !text.isEmpty() && box[2] - box[0] <= text.length() * DIGIT_ASPECT * (box[3] - box[1]);
            if (digitShaped) digits = new OcrEngine.Reading(text, number.confidence());
            if (digitShaped && number.confidence() >= DIGITS_FIRST_CONFIDENCE) {
                return new CellReading(cell, box, digits, true, null);
            }
        }
        OcrEngine.Reading text = engine.text(image, block);
        OcrEngine.Reading tidy = new OcrEngine.Reading(OcrText.tidy(text.text()), text.confidence());
        if (!LabelVocabulary.known(LabelVocabulary.nearest(tidy.text())) && tidy.text().length() > 3
                && !OcrText.looksNumeric(tidy.text())) {
            // not a standard label: the recogniser often stumbles over a numbering like "(一)" (a bare stroke between
            // brackets) and the characters after it; the label is read again without its first glyphs, one more at a
            // time, and taken when that reads as a standard label
            int[] starts = InkBox.glyphStarts(ink, page.width(), box);
            for (int k = 1; k < Math.min(starts.length, MAX_NUMBERING_GLYPHS + 1) && !block; k++) {
                Budget.check();
                GrayImage rest = page.crop(starts[k] - 2, box[1] - 2, box[2] + 2, box[3] + 2, PADDING)
                        .scaled(Math.min(MAX_ENLARGEMENT, LINE_HEIGHT / lineHeight));
                OcrEngine.Reading retry = engine.text(rest, false);
                String label = LabelVocabulary.nearest(OcrText.tidy(retry.text()));
                if (LabelVocabulary.known(label)) {
                    tidy = new OcrEngine.Reading(label, retry.confidence());
                    break;
                }
            }
        }
        return new CellReading(cell, box, digits, false, tidy);
    }

    /** The running text around the tables, each line where Tesseract found it. */
    private static void readText(OcrEngine engine, GrayImage page, int threshold, int pageNumber, List<Block> blocks,
            ExtractedTextBuilder out) {
        boolean[] ink = page.ink(threshold);
        int[] box = InkBox.of(ink, page.width(), page.height(), 0, 0, page.width(), page.height(), MIN_INK);
        if (box == null) return;
        Budget.check();
        int left = Math.max(0, box[0] - PADDING);
        int top = Math.max(0, box[1] - PADDING);
        GrayImage text = page.crop(left, top, box[2] + PADDING, box[3] + PADDING, 0);
        int lineNumber = 0;
        for (OcrEngine.Line line : engine.lines(text)) {
            if (unreadableScrap(line)) continue;
            String tidy = OcrText.tidy(line.text());
            if (tidy.isEmpty()) continue;
            lineNumber++;
            int x0 = left + line.left();
            int y0 = top + line.top();
            SourceLocation where = new SourceLocation(pageNumber, lineNumber, null,
                    "scan box " + boxText(x0, y0, left + line.right(), top + line.bottom())
                            + "; OCR " + Math.round(line.confidence()) + "%");
            out.recognised(where, line.confidence());
            blocks.add(new Block(y0, null, new TextLine(tidy, where)));
        }
        Budget.check();
    }

    /**
     * Whether a line of running text is a few glyphs the model could not read: a page number in small print ("-3-"
     * read as "。" or "站") or the specks along a ruling line the table box left on the page, read with a confidence
     * of 0–50 where real words get 90 and more. Written, such a line would be taken for narrative inside a table broken
     * over two pages and end its row there; it carries nothing a reader could use, so it is left out.
     */
    private static boolean unreadableScrap(OcrEngine.Line line) {
        int width = line.right() - line.left();
        int height = line.bottom() - line.top();
        return width <= SHORT_LINE_GLYPHS * Math.max(1, height) && line.confidence() < SCRAP_CONFIDENCE;
    }

    private static int px(float points) {
        return (int) Math.round(points * SCALE);
    }

    private static String boxText(int x0, int y0, int x1, int y1) {
        return String.format(Locale.ROOT, "%d,%d–%d,%d px at %d dpi", x0, y0, x1, y1, DPI);
    }
}
