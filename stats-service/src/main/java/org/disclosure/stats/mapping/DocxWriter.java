package org.disclosure.stats.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosure.stats.service.Workers;

/** A {@link DocumentModel} as a Word document (Apache POI): centred title, bordered tables with a bold title row. */
public final class DocxWriter {

    /** What Word shows Chinese in on every Chinese Windows; the document embeds no font. */
    static final String CHINESE_FONT = "宋体";

    private DocxWriter() {
    }

    public static byte[] write(DocumentModel model) {
        Workers.requireWorker("writing a Word document");
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, model.title(), 18, true, ParagraphAlignment.CENTER);
            for (String line : model.subtitle()) paragraph(document, line, 11, false, ParagraphAlignment.CENTER);
            for (DocumentModel.Block block : model.blocks()) {
                switch (block) {
                    case DocumentModel.Heading heading -> paragraph(document, heading.text(), 14, true, ParagraphAlignment.LEFT);
                    case DocumentModel.Text text -> paragraph(document, text.text(), 11, false, ParagraphAlignment.LEFT);
                    case DocumentModel.Table table -> table(document, table);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the Word document could not be written", e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, int size, boolean bold,
            ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, size, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(CHINESE_FONT, XWPFRun.FontCharRange.eastAsia);
    }

    private static void table(XWPFDocument document, DocumentModel.Table model) {
        XWPFTable table = document.createTable(model.rows().size() + 1, model.columns().size());
        table.setWidth("100%");
        fill(table.getRow(0), model.columns(), true);
        for (int i = 0; i < model.rows().size(); i++) fill(table.getRow(i + 1), model.rows().get(i), false);
        document.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean title) {
        for (int column = 0; column < values.size(); column++) {
            XWPFTableCell cell = row.getCell(column);
            XWPFParagraph paragraph = cell.getParagraphs().getFirst();
            run(paragraph, values.get(column), 9, title);
        }
    }
}
