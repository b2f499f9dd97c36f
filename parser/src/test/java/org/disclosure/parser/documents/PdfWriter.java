package org.disclosure.parser.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link ReportSource} as an A4 PDF laid out like an exported Word report: running text
 * wrapped to the margins, tables drawn cell by cell with borders, long labels wrapped inside their
 * cells, merged cells drawn as one box, a table that does not fit continued on the next page under a
 * repeated header, and page numbers "- n -" at the foot of each page.
 *
 * <p>Needs a TrueType font with Chinese glyphs, which CI machines need not have, so the PDFs are written
 * once and committed under src/test/resources/documents; run {@link #main} to write them again:
 * {@code java -cp ... org.disclosure.parser.documents.PdfWriter /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
 * src/test/resources/documents}; with a third argument {@code variants} it writes only the planted
 * variants of {@link Variants} ({@code …_blanks.pdf}, {@code …_blanks_borderless.pdf}, {@code …_repeated_header.pdf}, {@code …_tight_rows.pdf}).
 */
public final class PdfWriter {

    private static final float MARGIN = 56;
    private static final float TOP = 64;
    private static final float BOTTOM = 64;
    private static final float TEXT_SIZE = 10.5f;
    private static final float CELL_SIZE = 8f;
    private static final float CELL_PADDING = 3f;

    private final PDDocument document;
    private final PDType0Font font;
    private final boolean borders;
    private java.util.Set<String> tightRows = java.util.Set.of();
    private final PDRectangle pageSize = PDRectangle.A4;
    private PDPageContentStream content;
    private int pageNumber;
    private float y;

    private PdfWriter(PDDocument document, PDType0Font font, boolean borders) {
        this.document = document;
        this.font = font;
        this.borders = borders;
    }

    public static void main(String[] args) throws IOException {
        Path fontFile = Path.of(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        Path target = Path.of(args.length > 1 ? args[1] : "src/test/resources/documents");
        ReportSource source = ReportSource.load("report_2021_hangzhou_xihu.grid.txt");
        if (args.length > 2 && args[2].equals("variants")) {
            // the planted variants only, leaving the committed PDFs above as they are
            Files.write(target.resolve("report_2021_hangzhou_xihu_blanks.pdf"), write(Variants.blanks(source), fontFile));
            Files.write(target.resolve("report_2021_hangzhou_xihu_blanks_borderless.pdf"),
                    write(Variants.blanks(source), fontFile, false));
            Files.write(target.resolve("report_2021_hangzhou_xihu_repeated_header.pdf"),
                    write(Variants.repeatedHeader(source), fontFile));
            Files.write(target.resolve("report_2021_hangzhou_xihu_tight_rows.pdf"),
                    write(source, fontFile, false, java.util.Set.of("2.重复申请")));
            return;
        }
        Files.write(target.resolve("report_2021_hangzhou_xihu.pdf"), write(source, fontFile));
        Files.write(target.resolve("report_2021_hangzhou_xihu_long.pdf"), write(repeated(source, 10), fontFile));
        Files.write(target.resolve("report_2021_hangzhou_xihu_borderless.pdf"), write(source, fontFile, false));
    }

    /** The report's text and tables repeated, for a many-page PDF to time extraction with. */
    static ReportSource repeated(ReportSource source, int times) {
        List<ReportSource.Block> blocks = new ArrayList<>();
        for (int i = 0; i < times; i++) blocks.addAll(source.blocks());
        return new ReportSource(blocks);
    }

    public static byte[] write(ReportSource source, Path fontFile) {
        return write(source, fontFile, true);
    }

    /** @param borders false for tables laid out by position alone, as some exports print them */
    public static byte[] write(ReportSource source, Path fontFile, boolean borders) {
        return write(source, fontFile, borders, java.util.Set.of());
    }

    /**
     * @param tightRows labels of table rows printed so tight under the row above (as WPS exports do) that
     *                  their numbers stand 0.4 pt above that row's numbers, within its line
     */
    public static byte[] write(ReportSource source, Path fontFile, boolean borders, java.util.Set<String> tightRows) {
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(fontFile.toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            fonts.processAllFonts(f -> {
                if (first[0] == null) first[0] = f;
            });
            PdfWriter writer = new PdfWriter(document, PDType0Font.load(document, first[0], true), borders);
            writer.tightRows = tightRows;
            writer.newPage();
            for (ReportSource.Block block : source.blocks()) {
                if (block instanceof ReportSource.Paragraph p) writer.paragraph(p.text());
                else if (block instanceof ReportSource.Table t) writer.table(t);
            }
            writer.content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (content != null) content.close();
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        pageNumber++;
        String number = "- " + pageNumber + " -";
        text(number, (pageSize.getWidth() - textWidth(number, 9)) / 2, BOTTOM / 2, 9);
        y = pageSize.getHeight() - TOP;
    }

    private void paragraph(String text) throws IOException {
        boolean title = text.endsWith("年度报告") && text.length() < 40 || pageNumber == 1 && y > pageSize.getHeight() - TOP - 1;
        boolean heading = text.matches("[一二三四五六]、.*") && text.length() < 40;
        float size = title ? 16 : heading ? 12 : TEXT_SIZE;
        float lineHeight = size * 1.6f;
        List<String> lines = wrap(text, width() - (title || heading ? 0 : 2 * size), size);
        for (int i = 0; i < lines.size(); i++) {
            if (y - lineHeight < BOTTOM) newPage();
            y -= lineHeight;
            String line = lines.get(i);
            float x = title ? (pageSize.getWidth() - textWidth(line, size)) / 2
                    : text.matches("\\d{4}年\\d{1,2}月\\d{1,2}日|.*人民政府") && !title ? pageSize.getWidth() - MARGIN - textWidth(line, size)
                    : MARGIN + (i == 0 && !heading ? 2 * size : 0);
            text(line, x, y, size);
        }
        y -= size * 0.4f;
    }

    private void table(ReportSource.Table t) throws IOException {
        float[] widths = columnWidths(t);
        float[] heights = new float[t.rows()];
        for (int r = 0; r < t.rows(); r++) {
            float h = CELL_SIZE * 1.4f + 2 * CELL_PADDING;
            for (int c = 0; c < t.columns(); c++) {
                if (!t.isOrigin(r, c) || t.rowSpan(r, c) > 1) continue;
                int lines = wrap(t.slot(r, c), spanWidth(widths, c, t.columnSpan(r, c)) - 2 * CELL_PADDING, CELL_SIZE).size();
                h = Math.max(h, lines * CELL_SIZE * 1.4f + 2 * CELL_PADDING);
            }
            heights[r] = h;
        }
        // rows placed on pages; a page after the first starts with the repeated header rows
        int header = t.headerRows();
        List<List<Integer>> pages = new ArrayList<>();
        List<Integer> onPage = new ArrayList<>();
        float top = y - 6;
        float cursor = top;
        for (int r = 0; r < t.rows(); r++) {
            if (cursor - heights[r] < BOTTOM && r >= header) {
                pages.add(onPage);
                onPage = new ArrayList<>();
                cursor = pageSize.getHeight() - TOP;
                for (int h = 0; h < header; h++) {
                    onPage.add(h);
                    cursor -= heights[h];
                }
            }
            onPage.add(r);
            cursor -= heights[r];
        }
        pages.add(onPage);
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                newPage();
                top = y;
            }
            top = drawRows(t, pages.get(p), widths, heights, top);
        }
        y = top - 10;
    }

    /** Draws the rows on one page; a merged cell is one box over the part of its span on this page. */
    private float drawRows(ReportSource.Table t, List<Integer> rows, float[] widths, float[] heights, float top) throws IOException {
        float[] rowTop = new float[rows.size() + 1];
        rowTop[0] = top;
        for (int i = 0; i < rows.size(); i++) rowTop[i + 1] = rowTop[i] - heights[rows.get(i)];
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            for (int c = 0; c < t.columns(); c++) {
                int originRow = r;
                while (t.slot(originRow, c).equals("^")) originRow--;
                if (t.slot(originRow, c).equals("<")) continue;
                // a merged cell is drawn where it starts, and again where it resumes after a page break
                boolean resumes = i == 0 || rows.get(i - 1) != r - 1;
                if (originRow != r && !resumes) continue;
                // the part of the cell's span that lies on this page, from this row down
                int last = i;
                while (last + 1 < rows.size() && rows.get(last + 1) == rows.get(last) + 1
                        && rows.get(last + 1) < originRow + t.rowSpan(originRow, c)) last++;
                float x0 = MARGIN + spanWidth(widths, 0, c);
                float w = spanWidth(widths, c, t.columnSpan(originRow, c));
                if (borders) {
                    content.addRect(x0, rowTop[last + 1], w, rowTop[i] - rowTop[last + 1]);
                    content.stroke();
                }
                if (originRow != r) continue;
                if (i > 0 && isNumber(t.slot(r, c)) && tightRows.stream().anyMatch(t.slots().get(r)::contains)) {
                    cellText(t.slot(r, c), x0, rowTop[i - 1] + 0.4f, w, heights[rows.get(i - 1)]);
                } else {
                    cellText(t.slot(r, c), x0, rowTop[i], w, rowTop[i] - rowTop[last + 1]);
                }
            }
        }
        return rowTop[rows.size()];
    }

    private void cellText(String text, float x, float top, float width, float height) throws IOException {
        List<String> lines = wrap(text, width - 2 * CELL_PADDING, CELL_SIZE);
        float lineHeight = CELL_SIZE * 1.4f;
        float baseline = top - (height - lines.size() * lineHeight) / 2 - CELL_SIZE;
        boolean number = isNumber(text);
        for (String line : lines) {
            float lx = number ? x + (width - textWidth(line, CELL_SIZE)) / 2 : x + CELL_PADDING;
            text(line, lx, baseline, CELL_SIZE);
            baseline -= lineHeight;
        }
    }

    private static boolean isNumber(String text) {
        return text.matches("[\\d,.]+");
    }

    /** Label columns get the room their words need; number columns share the rest. */
    private float[] columnWidths(ReportSource.Table t) {
        float[] widths = new float[t.columns()];
        float[] weights = switch (t.columns()) {
            case 4 -> new float[] {0.37f, 0.21f, 0.21f, 0.21f};
            case 10 -> new float[] {0.12f, 0.17f, 0.22f, 0.07f, 0.07f, 0.07f, 0.07f, 0.07f, 0.07f, 0.07f};
            default -> null;
        };
        for (int c = 0; c < widths.length; c++) widths[c] = width() * (weights == null ? 1f / widths.length : weights[c]);
        return widths;
    }

    private static float spanWidth(float[] widths, int from, int span) {
        float w = 0;
        for (int c = from; c < from + span; c++) w += widths[c];
        return w;
    }

    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (!line.isEmpty() && textWidth(line + ch, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    private float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private void text(String text, float x, float baseline, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

}
