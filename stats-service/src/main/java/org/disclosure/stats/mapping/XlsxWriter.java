package org.disclosure.stats.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosure.stats.service.Workers;

/**
 * One sheet with a bold, frozen title row; numbers stay numbers so that supervisors can compute with them. Text
 * goes into string cells, which Excel never evaluates, so it needs no defusing as CSV does.
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static byte[] write(ExportTable table) {
        Workers.requireWorker("writing a workbook");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.sheetName());
            writeRow(sheet.createRow(0), List.copyOf(table.columns()), titleStyle(workbook));
            for (int i = 0; i < table.rows().size(); i++) {
                writeRow(sheet.createRow(i + 1), table.rows().get(i), null);
            }
            sheet.createFreezePane(0, 1);
            for (int column = 0; column < table.columns().size(); column++) sheet.setColumnWidth(column, 16 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
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
            if (style != null) cell.setCellStyle(style);
        }
    }

    private static CellStyle titleStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
