package org.disclosure.stats.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosure.stats.service.Workers;

/**
 * CSV as Excel opens it without an import dialog: UTF-8 with a byte order mark (without it Excel reads GBK on
 * Chinese Windows and garbles the titles), CRLF line ends, RFC 4180 quoting. Text that a spreadsheet would take
 * for a formula is defused (OWASP "CSV injection"): agency and file names come from submitted documents.
 * Lines go to the output as the rows arrive; nothing of the file is kept.
 */
public final class CsvWriter implements TableWriter {

    public static final String BYTE_ORDER_MARK = "\uFEFF";

    /** What a spreadsheet starts a formula (or a DDE call) with, when a cell begins with it. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    private CsvWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** A writer onto the output, which it does not close. */
    public static CsvWriter to(OutputStream out) {
        return new CsvWriter(out);
    }

    /** The whole table as one file in memory: for tables of a few hundred rows (aggregates, tests). */
    public static byte[] write(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = to(bytes)) {
            csv.columns(table.sheetName(), table.columns());
            csv.rows(table.rows());
            csv.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void columns(String sheetName, List<String> titles) throws IOException {
        Workers.requireWorker("writing CSV");
        out.write(BYTE_ORDER_MARK);
        line(titles);
        // the response starts now, not after the first page's read: a long export answers at once
        out.flush();
    }

    @Override
    public void rows(List<? extends List<?>> rows) throws IOException {
        for (List<?> row : rows) line(row);
        // a page at a time reaches the client; the writer's buffer never grows past it
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        // the output belongs to the caller
    }

    private void line(List<?> values) throws IOException {
        out.write(values.stream().map(CsvWriter::field).collect(Collectors.joining(",")));
        out.write("\r\n");
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
