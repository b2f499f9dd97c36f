package org.disclosure.parser.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a {@link ReportSource} as a Word document the way Word itself stores merged cells: one w:tc
 * per cell with w:gridSpan for the columns it covers, and w:vMerge restart/continue down a column.
 * Long labels get a manual line break inside the cell, as authors wrap them by hand.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static byte[] write(ReportSource source) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ReportSource.Block block : source.blocks()) {
                if (block instanceof ReportSource.Paragraph p) {
                    document.createParagraph().createRun().setText(p.text());
                } else if (block instanceof ReportSource.Table t) {
                    writeTable(document, t);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTable(XWPFDocument document, ReportSource.Table t) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        for (int r = 0; r < t.rows(); r++) {
            XWPFTableRow row = table.createRow();
            while (!row.getTableCells().isEmpty()) row.removeCell(0);
            int c = 0;
            while (c < t.columns()) {
                String slot = t.slot(r, c);
                // a slot merged up continues the merge of the cell above, with that cell's width
                int originRow = r;
                while (t.slot(originRow, c).equals("^")) originRow--;
                int span = t.columnSpan(originRow, c);
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (span > 1) properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                if (slot.equals("^")) {
                    properties.addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    if (t.rowSpan(r, c) > 1) properties.addNewVMerge().setVal(STMerge.RESTART);
                    writeCellText(cell, slot);
                }
                c += span;
            }
        }
    }

    /** Labels longer than 16 characters are broken into two paragraphs, as a narrow column wraps them. */
    private static void writeCellText(XWPFTableCell cell, String text) {
        if (text.length() > 16) {
            int half = text.length() / 2;
            cell.getParagraphs().getFirst().createRun().setText(text.substring(0, half));
            cell.addParagraph().createRun().setText(text.substring(half));
        } else {
            cell.getParagraphs().getFirst().createRun().setText(text);
        }
    }
}
