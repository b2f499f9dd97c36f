package org.disclosure.stats.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a national export of 100,000 rows in bounded memory. The workbook is written page by page as the
 * export service does, and after every page POI holds no more than its window of rows; the file still has them all.
 */
class XlsxWriterTest {

    private static final int ROWS = 100_000;
    private static final int PAGE = 2_000;

    @Test
    void aHundredThousandRowsPassThroughAWindowOfAHundred() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int mostInMemory = 0;
        try (XlsxWriter writer = XlsxWriter.to(file)) {
            writer.columns(ExportTables.REPORT_SHEET, ExportTables.REPORT_COLUMNS);
            for (int from = 0; from < ROWS; from += PAGE) {
                writer.rows(page(from));
                mostInMemory = Math.max(mostInMemory, writer.rowsInMemory());
            }
            writer.finish();
        }

        assertTrue(mostInMemory <= XlsxWriter.WINDOW, "rows held in memory: " + mostInMemory);
        String sheet = sheetXml(file.toByteArray());
        assertEquals(1 + ROWS, count(sheet, "<row "), "the title and every row are in the file");
        assertTrue(sheet.contains("第99999号机关"), "the last row is there");
        assertTrue(sheet.contains("<pane "), "the title row stays frozen");
    }

    @Test
    void aSmallTableReadsBackWithNumbersAndText() throws IOException {
        ExportTable table = new ExportTable("表", List.of("名称", "数值"),
                List.of(List.of("=1+1", 12), java.util.Arrays.asList("空", null)));
        String sheet = sheetXml(XlsxWriter.write(table));
        assertTrue(sheet.contains("=1+1"), "text stays text, in a string cell");
        assertTrue(sheet.contains("<v>12.0</v>") || sheet.contains("<v>12</v>"), sheet);
        // data cells carry the default style explicitly (POI then skips a column lookup per cell): nothing is written
        // for it, only the bold title row has a style of its own
        assertEquals(2, count(sheet, " s=\""), "the two title cells have a style, the data cells none: " + sheet);
    }

    private static List<List<Object>> page(int from) {
        List<List<Object>> rows = new ArrayList<>(PAGE);
        for (int i = from; i < from + PAGE; i++) {
            rows.add(List.of("id-" + i, "第" + i + "号机关", "230102", "黑龙江省", "哈尔滨市", "道里区", 2025, "2021",
                    "2026-01-20", "report-" + i + ".pdf", i % 3, i % 5, 0, "是", "2026.1"));
        }
        return rows;
    }

    /** The first sheet's XML; SXSSF writes zip entries that only ZipFile (not ZipInputStream) reads. */
    static String sheetXml(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                if (sheet == null) throw new AssertionError("no sheet in the workbook");
                try (InputStream in = zip.getInputStream(sheet)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
        return count;
    }
}
