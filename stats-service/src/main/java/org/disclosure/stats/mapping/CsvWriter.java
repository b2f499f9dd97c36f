package org.disclosure.stats.mapping;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosure.stats.service.Workers;

/**
 * CSV as Excel opens it without an import dialog: UTF-8 with a byte order mark (without it Excel reads GBK on
 * Chinese Windows and garbles the titles), CRLF line ends, RFC 4180 quoting. Text that a spreadsheet would take
 * for a formula is defused (OWASP "CSV injection"): agency and file names come from submitted documents.
 */
public final class CsvWriter {

    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvWriter() {
    }

    /** What a spreadsheet starts a formula (or a DDE call) with, when a cell begins with it. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    public static byte[] write(ExportTable table) {
        Workers.requireWorker("writing CSV");
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        line(csv, List.copyOf(table.columns()));
        table.rows().forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> values) {
        csv.append(values.stream().map(CsvWriter::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(Object value) {
        if (value == null) return "";
        String text = value instanceof Number number ? plain(number) : defused(value.toString());
        boolean needsQuotes = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Numbers are written as they are, a negative one included: only text can smuggle in a formula. */
    private static String plain(Number number) {
        return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
    }

    /** A leading apostrophe makes Excel and LibreOffice show the text as text instead of evaluating it. */
    private static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
