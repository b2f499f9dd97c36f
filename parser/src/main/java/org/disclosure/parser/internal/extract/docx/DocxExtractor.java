package org.disclosure.parser.internal.extract.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.parser.internal.extract.CellGrid;
import org.disclosure.parser.internal.extract.DocumentExtractor;
import org.disclosure.parser.internal.extract.ExtractedText;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;
import org.disclosure.parser.internal.extract.GridCell;
import org.disclosure.parser.internal.extract.RejectedDocument;
import org.disclosure.parser.internal.extract.RejectedDocument.Reason;
import org.disclosure.parser.internal.limit.LimitExceeded;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document (.docx) from its real structure: body paragraphs as narrative in document
 * order, tables from their cells. A cell spanning columns (gridSpan) covers that many grid columns; a
 * cell continuing a vertical merge (vMerge) is a blank slot below the merged label, as a converter
 * would print it, so every row keeps its value cells in their columns.
 */
public final class DocxExtractor implements DocumentExtractor {

    @Override
    public ExtractedText extract(byte[] content) throws RejectedDocument {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            ExtractedTextBuilder out = new ExtractedTextBuilder();
            int paragraph = 0;
            int table = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph++;
                    if (!p.getText().isBlank()) out.line(p.getText(), paragraphLocation(paragraph));
                } else if (element instanceof XWPFTable t) {
                    table++;
                    for (List<GridCell> row : grid(t, table).rows()) out.row(row);
                } else if (element instanceof XWPFSDT control) {
                    // content controls (templates wrap titles and signatures in them) hold plain text
                    paragraph++;
                    for (String line : control.getContent().getText().split("\n")) {
                        if (!line.isBlank()) out.line(line, paragraphLocation(paragraph));
                    }
                }
            }
            return out.build();
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a broken package as IOException, NotOfficeXmlFileException or POIXMLException
            throw new RejectedDocument(Reason.DOCX_CORRUPT);
        }
    }

    private static CellGrid grid(XWPFTable table, int number) {
        CellGrid grid = new CellGrid(number);
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = gridSpan(cell);
                String text = continuesVerticalMerge(cell) ? "" : cellText(cell);
                grid.put(r, column, 1, span, text, GridCell.reference(number, r + 1, column + 1));
                column += span;
            }
        }
        return grid;
    }

    /** Paragraphs inside a cell are a label wrapped by hand; they read as one label. */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) text.append(p.getText().strip());
        return text.toString();
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) return 1;
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, span.intValue());
    }

    /** A vMerge without a value, or with "continue", belongs to the cell above; "restart" begins a merge. */
    private static boolean continuesVerticalMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getVMerge() == null) return false;
        STMerge.Enum value = properties.getVMerge().getVal();
        return value == null || value == STMerge.CONTINUE;
    }

    /** Rows may start further right (w:gridBefore) when the table's left edge is ragged. */
    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) return 0;
        BigInteger before = properties.getGridBeforeArray(0).getVal();
        return before == null ? 0 : before.intValue();
    }

    private static SourceLocation paragraphLocation(int paragraph) {
        return new SourceLocation(null, null, null, "paragraph " + paragraph);
    }
}
