package org.disclosure.parser;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
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

    /**
     * The region a document names, as {@link #parse} would read it, without reading its tables: the check of whom a
     * report belongs to needs only the title block. A document that is not a report or cannot be read has none, with
     * the reason; one whose tables are missing still has the region of its title. Never throws.
     */
    public RegionReading readRegion(byte[] content) {
        return guarded(() -> switch (textOf(content)) {
            case DocumentText.Plain plain -> regionOfText(plain.text());
            case DocumentText.Extracted extracted -> regionOfText(extracted.text().text());
            case DocumentText.Unreadable unreadable -> RegionReading.failed(unreadable.failure());
        }, RegionReading::failed);
    }

    private RegionReading regionOfText(String text) {
        if (text == null || text.isBlank()) return RegionReading.failed(Failures.NOT_A_REPORT);
        Budget.checkText(text);
        return reader.readRegion(withoutByteOrderMark(text));
    }

    private ParseResult parseBytes(byte[] content) {
        return switch (textOf(content)) {
            case DocumentText.Plain plain -> parseText(plain.text());
            case DocumentText.Extracted extracted -> parseExtracted(extracted.text());
            case DocumentText.Unreadable unreadable -> unreadable.failure();
        };
    }

    /** A document's text as its format gives it: plain text, text extracted with its source map, or a reason. */
    private sealed interface DocumentText {
        record Plain(String text) implements DocumentText {
        }

        record Extracted(ExtractedText text) implements DocumentText {
        }

        record Unreadable(ParseResult.Failure failure) implements DocumentText {
        }
    }

    private DocumentText textOf(byte[] content) {
        DocumentKind kind = ContentSniffer.sniff(content);
        return switch (kind) {
            case TEXT -> {
                Optional<String> text = TextDecoder.decode(content);
                yield text.isPresent() ? new DocumentText.Plain(text.get())
                        : new DocumentText.Unreadable(Failures.notAReportFormat(DocumentKind.BINARY));
            }
            case PDF -> extracted(pdf, content);
            case DOCX -> extracted(docx, content);
            case DOC -> extracted(doc, content);
            case HTML -> extracted(html, content);
            default -> new DocumentText.Unreadable(Failures.notAReportFormat(kind));
        };
    }

    private static DocumentText extracted(DocumentExtractor extractor, byte[] content) {
        try {
            return new DocumentText.Extracted(extractor.extract(content));
        } catch (RejectedDocument e) {
            return new DocumentText.Unreadable(Failures.rejected(e.reason()));
        }
    }

    /** Parses report text. Never throws: problems become a {@link ParseResult.Failure}. */
    public ParseResult parseText(String text) {
        if (text == null || text.isBlank()) return Failures.NOT_A_REPORT;
        return guarded(() -> {
            Budget.checkText(text);
            return reader.read(withoutByteOrderMark(text));
        });
    }

    /**
     * Runs one parse under the document's budget. A document past a limit fails alone with a reason naming the
     * limit; anything else that goes wrong (a library's bug, a stack overflow, a memory error of this document)
     * becomes a failure without its exception text, which goes to the log instead. Nothing escapes.
     */
    private ParseResult guarded(Supplier<ParseResult> parse) {
        return guarded(parse, failure -> failure);
    }

    private <T> T guarded(Supplier<T> work, Function<ParseResult.Failure, T> failed) {
        try {
            return Budget.within(timeLimitMillis, work);
        } catch (LimitExceeded e) {
            LOG.log(System.Logger.Level.INFO, "document refused: {0}", e.getMessage());
            return failed.apply(Failures.limitExceeded(e.limit()));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.WARNING, "internal error while parsing a document", e);
            return failed.apply(Failures.INTERNAL_ERROR);
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private ParseResult parseExtracted(ExtractedText extracted) {
        ParseResult result = parseText(extracted.text());
        if (!(result instanceof ParseResult.Success success)) return result;
        ParsedReport report = extracted.sourceMap().relocate(success.report());
        if (extracted.scannedPages() == 0) return new ParseResult.Success(report);
        return new ParseResult.Success(OcrReview.review(report, extracted.confidence()), extracted.scannedPages());
    }
}
