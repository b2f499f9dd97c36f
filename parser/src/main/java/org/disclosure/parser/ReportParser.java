package org.disclosure.parser;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.disclosure.parser.internal.detect.ContentSniffer;
import org.disclosure.parser.internal.detect.DocumentKind;
import org.disclosure.parser.internal.detect.TextDecoder;
import org.disclosure.parser.internal.extract.DocumentExtractor;
import org.disclosure.parser.internal.extract.ExtractedText;
import org.disclosure.parser.internal.extract.RejectedDocument;
import org.disclosure.parser.internal.extract.doc.DocExtractor;
import org.disclosure.parser.internal.extract.docx.DocxExtractor;
import org.disclosure.parser.internal.extract.html.HtmlExtractor;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.internal.extract.ocr.OcrPageReader;
import org.disclosure.parser.internal.extract.ocr.OcrReview;
import org.disclosure.parser.internal.extract.pdf.PdfExtractor;
import org.disclosure.parser.internal.limit.Budget;
import org.disclosure.parser.internal.limit.LimitExceeded;
import org.disclosure.parser.internal.report.AdministrativeDivisions;
import org.disclosure.parser.internal.report.RegionResolver;

/**
 * Parses government information disclosure annual reports into the canonical model. Accepts the formats
 * reports are published in — PDF with a text layer, Word (.docx, .doc), web pages and plain text — told
 * apart by their content, never by a file name. Thread-safe and reusable: construct once, the reference
 * tables are loaded by the constructor and shared; the extractors keep no state between calls.
 */
public final class ReportParser {

    private static final System.Logger LOG = System.getLogger(ReportParser.class.getName());

    /** The wall-clock limit per document unless the caller names one. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    private final ReportReader reader;
    private final long timeLimitMillis;
    /** The wall-clock limit per document for a parser that reads scans (OCR costs seconds per page). */
    public static final Duration DEFAULT_OCR_TIME_LIMIT = Duration.ofSeconds(180);

    private final DocumentExtractor pdf;
    private final DocumentExtractor docx = new DocxExtractor();
    private final DocumentExtractor doc = new DocExtractor();
    private final DocumentExtractor html = new HtmlExtractor();

    /** Loads the GB/T 2260 division tables used to resolve agencies' regions. */
    public ReportParser() {
        this(DEFAULT_TIME_LIMIT);
    }

    /**
     * A parser that fails a document taking longer than {@code timeLimit} (wall-clock, checked as it reads,
     * so the thread is free again shortly after). The other limits are fixed: see the README's "Security".
     * It refuses scans (PDF pages that are images) at once, without OCR: see {@link #withOcr(Duration)}.
     */
    public ReportParser(Duration timeLimit) {
        this(timeLimit, false);
    }

    private ReportParser(Duration timeLimit, boolean ocr) {
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("timeLimit must be positive");
        this.reader = new ReportReader(new RegionResolver(AdministrativeDivisions.load()));
        this.timeLimitMillis = timeLimit.toMillis();
        this.pdf = ocr ? new PdfExtractor(new OcrPageReader()) : new PdfExtractor();
    }

    /**
     * A parser that also reads scanned PDF pages, by OCR (Tesseract, Simplified Chinese): page by page, so the text
     * pages of a mixed document are read from their text layer as always. Each OCR'd value keeps its confidence and
     * its box on the scan in its source; uncertain values and probable misread digits become parse issues
     * ({@code LOW_CONFIDENCE}, {@code OCR_SUSPECT_DIGIT}). A scanned page costs seconds of one core: callers bound how
     * many documents they read at once, and {@code timeLimit} bounds each.
     */
    public static ReportParser withOcr(Duration timeLimit) {
        return new ReportParser(timeLimit, true);
    }

    /**
     * Parses a document's raw bytes, whatever its format. Never throws: unreadable or unsupported
     * documents become a {@link ParseResult.Failure} that names what the file is.
     */
    public ParseResult parse(byte[] content) {
        return guarded(() -> parseBytes(content));
    }

    private ParseResult parseBytes(byte[] content) {
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
    }

    /** Parses report text. Never throws: problems become a {@link ParseResult.Failure}. */
    public ParseResult parseText(String text) {
        if (text == null || text.isBlank()) return Failures.NOT_A_REPORT;
        return guarded(() -> {
            Budget.checkText(text);
            return reader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        });
    }

    /**
     * Runs one parse under the document's budget. A document past a limit fails alone with a reason naming the
     * limit; anything else that goes wrong (a library's bug, a stack overflow, a memory error of this document)
     * becomes a failure without its exception text, which goes to the log instead. Nothing escapes.
     */
    private ParseResult guarded(Supplier<ParseResult> parse) {
        try {
            return Budget.within(timeLimitMillis, parse);
        } catch (LimitExceeded e) {
            LOG.log(System.Logger.Level.INFO, "document refused: {0}", e.getMessage());
            return Failures.limitExceeded(e.limit());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.WARNING, "internal error while parsing a document", e);
            return Failures.INTERNAL_ERROR;
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
        if (!(result instanceof ParseResult.Success success)) return result;
        ParsedReport report = extracted.sourceMap().relocate(success.report());
        if (extracted.scannedPages() == 0) return new ParseResult.Success(report);
        return new ParseResult.Success(OcrReview.review(report, extracted.confidence()), extracted.scannedPages());
    }
}
