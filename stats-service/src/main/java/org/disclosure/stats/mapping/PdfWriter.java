package org.disclosure.stats.mapping;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.disclosure.stats.service.Workers;

/**
 * A {@link DocumentModel} as PDF: laid out as XHTML and rendered by openhtmltopdf (PDFBox) with the bundled Noto Sans
 * SC subset (SIL OFL 1.1, {@code fonts/NotoSansSC-OFL.txt}; made by {@code stats-service/fonts/subset-font.sh}),
 * embedded as a subset with a ToUnicode map, so the Chinese renders anywhere and can be extracted again.
 */
public final class PdfWriter {

    static final String FONT = "/fonts/NotoSansSC-Regular-subset.ttf";
    static final String FAMILY = "Noto Sans SC";
    private static final String STYLE = """
            @page { size: A4; margin: 20mm 16mm; @bottom-center { content: counter(page) " / " counter(pages);
              font-family: 'Noto Sans SC'; font-size: 8pt; } }
            body { font-family: 'Noto Sans SC'; font-size: 10pt; line-height: 1.45; }
            h1 { font-size: 17pt; text-align: center; margin: 0 0 4pt 0; }
            p.sub { text-align: center; margin: 0; font-size: 10pt; }
            h2 { font-size: 13pt; margin: 14pt 0 4pt 0; }
            p { margin: 3pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }
            th, td { border: 0.6pt solid #000; padding: 2pt 3pt; font-size: 8.5pt; vertical-align: top; }
            th { background: #eeeeee; }
            """;

    private PdfWriter() {
    }

    public static byte[] write(DocumentModel model) {
        Workers.requireWorker("rendering a PDF");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // one face for every weight: without a bold face a bold title would fall back to a font without Chinese
            builder.useFont(PdfWriter::font, FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(PdfWriter::font, FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html(model), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }

    private static InputStream font() {
        InputStream in = PdfWriter.class.getResourceAsStream(FONT);
        if (in == null) throw new IllegalStateException("missing font resource " + FONT);
        return in;
    }

    static String html(DocumentModel model) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(model.title())).append("</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<h1>").append(escape(model.title())).append("</h1>");
        for (String line : model.subtitle()) html.append("<p class=\"sub\">").append(escape(line)).append("</p>");
        for (DocumentModel.Block block : model.blocks()) {
            switch (block) {
                case DocumentModel.Heading heading -> html.append("<h2>").append(escape(heading.text())).append("</h2>");
                case DocumentModel.Text text -> html.append("<p>").append(escape(text.text())).append("</p>");
                case DocumentModel.Table table -> table(html, table);
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void table(StringBuilder html, DocumentModel.Table table) {
        html.append("<table><thead><tr>");
        for (String column : table.columns()) html.append("<th>").append(escape(column)).append("</th>");
        html.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (String value : row) html.append("<td>").append(escape(value)).append("</td>");
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** Text from submitted documents goes into XHTML: markup characters and invalid XML characters are neutralised. */
    static String escape(String text) {
        if (text == null) return "";
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    boolean valid = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (valid) escaped.appendCodePoint(c);
                }
            }
        });
        return escaped.toString();
    }
}
