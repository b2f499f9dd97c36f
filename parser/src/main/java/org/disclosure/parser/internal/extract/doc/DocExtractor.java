package org.disclosure.parser.internal.extract.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.parser.internal.extract.CellGrid;
import org.disclosure.parser.internal.extract.DocumentExtractor;
import org.disclosure.parser.internal.extract.ExtractedText;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;
import org.disclosure.parser.internal.extract.GridCell;
import org.disclosure.parser.internal.extract.RejectedDocument;
import org.disclosure.parser.internal.extract.RejectedDocument.Reason;
import org.disclosure.parser.internal.limit.LimitExceeded;

/**
 * Reads a Word 97-2003 document (.doc) with POI's HWPF: paragraphs as narrative, tables cell by cell.
 * HWPF does not describe merged cells reliably, so a merged cell is read as Word stores it (the
 * continuation cells are empty) — which is the blank-field layout the reader expects. Files HWPF cannot
 * open (Word 6/95, damaged) are refused with advice to save them as .docx or PDF.
 */
public final class DocExtractor implements DocumentExtractor {

    @Override
    public ExtractedText extract(byte[] content) throws RejectedDocument {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
            ExtractedTextBuilder out = new ExtractedTextBuilder();
            Range range = document.getRange();
            int table = 0;
            int paragraphs = range.numParagraphs();
            for (int i = 0; i < paragraphs; i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table t = range.getTable(paragraph);
                    table++;
                    writeTable(t, table, out);
                    i += Math.max(0, t.numParagraphs() - 1);
                } else {
                    String text = Range.stripFields(paragraph.text()).strip();
                    if (!text.isEmpty()) out.line(text, new SourceLocation(null, null, null, "paragraph " + (i + 1)));
                }
            }
            return out.build();
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RejectedDocument(Reason.DOC_UNSUPPORTED);
        }
    }

    private static void writeTable(Table table, int number, ExtractedTextBuilder out) {
        CellGrid grid = new CellGrid(number);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                String text = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() ? "" : cellText(cell);
                grid.put(r, c, 1, 1, text, GridCell.reference(number, r + 1, c + 1));
            }
        }
        grid.rows().forEach(out::row);
    }

    private static String cellText(TableCell cell) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < cell.numParagraphs(); p++) text.append(Range.stripFields(cell.getParagraph(p).text()).strip());
        // Word ends each cell with a cell mark (\u0007), which is not text
        return text.toString().replace("\u0007", "").strip();
    }
}
