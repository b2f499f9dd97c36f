package org.disclosure.parser.internal.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosure.parser.internal.extract.docx.DocxExtractor;
import org.disclosure.parser.internal.extract.html.HtmlExtractor;
import org.disclosure.parser.internal.extract.pdf.PdfExtractor;
import org.disclosure.parser.documents.DocxWriter;
import org.disclosure.parser.documents.HtmlWriter;
import org.disclosure.parser.documents.ReportSource;

/** Prints what each extractor makes of the test report, for looking at by eye: java ... ExtractionDump pdf|docx|html [file]. */
public final class ExtractionDump {

    private ExtractionDump() {
    }

    public static void main(String[] args) throws Exception {
        ReportSource source = ReportSource.load("report_2021_hangzhou_xihu.grid.txt");
        ExtractedText text = switch (args[0]) {
            case "pdf" -> new PdfExtractor().extract(Files.readAllBytes(Path.of(args.length > 1 ? args[1]
                    : "src/test/resources/documents/report_2021_hangzhou_xihu.pdf")));
            case "docx" -> new DocxExtractor().extract(DocxWriter.write(source));
            case "html" -> new HtmlExtractor().extract(HtmlWriter.write(source).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(args[0]);
        };
        System.out.print(text.text());
    }
}
