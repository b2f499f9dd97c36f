package org.disclosure.stats.mapping;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as Excel opens it without an import dialog: UTF-8 with a byte order mark (without it Excel reads GBK on
 * Chinese Windows and garbles the titles), CRLF line ends, RFC 4180 quoting.
 */
public final class CsvWriter {

    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvWriter() {
    }

    public static byte[] write(ExportTable table) {
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
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        boolean needsQuotes = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
