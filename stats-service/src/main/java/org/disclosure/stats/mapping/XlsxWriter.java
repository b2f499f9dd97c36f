package org.disclosure.stats.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.disclosure.stats.service.Workers;

/**
 * One sheet with a bold, frozen title row; numbers stay numbers so that supervisors can compute with them. Text
 * goes into string cells, which Excel never evaluates, so it needs no defusing as CSV does.
 *
 * <p>Streaming (POI's SXSSF): only the last {@value #WINDOW} rows stay in memory, the others are flushed to a
 * temporary file and copied into the workbook's zip by {@link #finish()}; strings are written inline,
 * not into a shared-strings table that would grow with the file. A national export of 100,000 rows thus needs
 * the same heap as one of ten.
 */
public final class XlsxWriter implements TableWriter {

    /** Rows kept in memory before POI flushes the oldest to the temporary file. */
    public static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    /**
     * The workbook's default style (index 0), set on every data cell: a cell without a style of its own makes POI look
     * up its column's default style in the sheet's XML beans (the column widths make columns), which took half the
     * CPU of writing an export (issue 16). Index 0 is the style such a cell gets anyway, and it is not written out.
     */
    private final CellStyle plain;
    private SXSSFSheet sheet;
    private int nextRow;

    private XlsxWriter(OutputStream out) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        this.plain = workbook.getCellStyleAt(0);
    }

    /** A writer onto the output, which it does not close. */
    public static XlsxWriter to(OutputStream out) {
        return new XlsxWriter(out);
    }

    /** The whole table as one file in memory: for tables of a few hundred rows (aggregates, tests). */
    public static byte[] write(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = to(bytes)) {
            xlsx.columns(table.sheetName(), table.columns());
            xlsx.rows(table.rows());
            xlsx.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void columns(String sheetName, List<String> titles) {
        Workers.requireWorker("writing a workbook");
        sheet = workbook.createSheet(sheetName);
        writeRow(sheet.createRow(nextRow++), titles, titleStyle());
        sheet.createFreezePane(0, 1);
        for (int column = 0; column < titles.size(); column++) sheet.setColumnWidth(column, 16 * 256);
    }

    @Override
    public void rows(List<? extends List<?>> rows) {
        for (List<?> values : rows) writeRow(sheet.createRow(nextRow++), values, plain);
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() {
        // deletes the temporary file of flushed rows
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be closed", e);
        }
    }

    /** The rows POI still holds in memory, at most {@link #WINDOW}; for tests that check the bound. */
    int rowsInMemory() {
        int rows = 0;
        for (Row ignored : sheet) rows++;
        return rows;
    }

    private static void writeRow(Row row, List<?> values, CellStyle style) {
        for (int column = 0; column < values.size(); column++) {
            Cell cell = row.createCell(column);
            Object value = values.get(column);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            cell.setCellStyle(style);
        }
    }

    private CellStyle titleStyle() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
