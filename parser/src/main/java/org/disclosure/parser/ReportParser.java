package org.disclosure.parser;

import java.util.Optional;
import org.disclosure.parser.internal.detect.ContentSniffer;
import org.disclosure.parser.internal.detect.DocumentKind;
import org.disclosure.parser.internal.detect.TextDecoder;
import org.disclosure.parser.internal.extract.DocumentExtractor;
import org.disclosure.parser.internal.extract.ExtractedText;
import org.disclosure.parser.internal.extract.RejectedDocument;
import org.disclosure.parser.internal.extract.doc.DocExtractor;
import org.disclosure.parser.internal.extract.docx.DocxExtractor;
import org.disclosure.parser.internal.extract.html.HtmlExtractor;
import org.disclosure.parser.internal.extract.pdf.PdfExtractor;
import org.disclosure.parser.internal.report.AdministrativeDivisions;
import org.disclosure.parser.internal.report.RegionResolver;

/**
 * Parses government information disclosure annual reports into the canonical model. Accepts the formats
 * reports are published in — PDF with a text layer, Word (.docx, .doc), web pages and plain text — told
 * apart by their content, never by a file name. Thread-safe and reusable: construct once, the reference
 * tables are loaded by the constructor and shared; the extractors keep no state between calls.
 */
public final class ReportParser {

    private final ReportReader reader;
    private final DocumentExtractor pdf = new PdfExtractor();
    private final DocumentExtractor docx = new DocxExtractor();
    private final DocumentExtractor doc = new DocExtractor();
    private final DocumentExtractor html = new HtmlExtractor();

    /** Loads the GB/T 2260 division tables used to resolve agencies' regions. */
    public ReportParser() {
        this.reader = new ReportReader(new RegionResolver(AdministrativeDivisions.load()));
    }

    /**
     * Parses a document's raw bytes, whatever its format. Never throws: unreadable or unsupported
     * documents become a {@link ParseResult.Failure} that names what the file is.
     */
    public ParseResult parse(byte[] content) {
        try {
            DocumentKind kind = ContentSniffer.sniff(content);
            return switch (kind) {
                case TEXT -> {
                    Optional<String> text = TextDecoder.decode(content);
                    yield text.isPresent() ? parseText(text.get()) : Failures.notAReportFormat(DocumentKind.BINARY);
                }
                case PDF -> parseExtracted(pdf, content);
                case DOCX -> parseExtracted(docx, content);
                case DOC -> parseExtracted(doc, content);
                case HTML -> parseExtracted(html, content);
                default -> Failures.notAReportFormat(kind);
            };
        } catch (RuntimeException | StackOverflowError e) {
            return Failures.internalError(e);
        }
    }

    /** Parses report text. Never throws: problems become a {@link ParseResult.Failure}. */
    public ParseResult parseText(String text) {
        if (text == null || text.isBlank()) return Failures.NOT_A_REPORT;
        try {
            return reader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (RuntimeException | StackOverflowError e) {
            return Failures.internalError(e);
        }
    }

    private ParseResult parseExtracted(DocumentExtractor extractor, byte[] content) {
        ExtractedText extracted;
        try {
            extracted = extractor.extract(content);
        } catch (RejectedDocument e) {
            return Failures.rejected(e.reason());
        }
        ParseResult result = parseText(extracted.text());
        return result instanceof ParseResult.Success success
                ? new ParseResult.Success(extracted.sourceMap().relocate(success.report()))
                : result;
    }
}
