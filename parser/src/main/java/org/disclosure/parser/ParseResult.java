package org.disclosure.parser;

import java.util.Objects;
import org.disclosure.contracts.report.ParsedReport;

/** The outcome of parsing one document: a canonical report, or a reason a supervisor can read. */
public sealed interface ParseResult {

    /**
     * The document was read as an annual report. Recovered problems are in {@link ParsedReport#issues()}.
     *
     * @param scannedPages how many of its pages were scans read by OCR (0 for a document with text throughout)
     */
    record Success(ParsedReport report, int scannedPages) implements ParseResult {
        public Success {
            Objects.requireNonNull(report, "report");
        }

        public Success(ParsedReport report) {
            this(report, 0);
        }

        /** Whether any page was read by OCR: the region and figures were read from a picture of the page. */
        public boolean readByOcr() {
            return scannedPages > 0;
        }
    }

    /** The document could not be read as an annual report; the reason in Chinese and English. */
    record Failure(String reasonZh, String reasonEn) implements ParseResult {
        public Failure {
            Objects.requireNonNull(reasonZh, "reasonZh");
            Objects.requireNonNull(reasonEn, "reasonEn");
        }

        /** Both languages, Chinese first, as the platform shows messages. */
        public String describe() {
            return reasonZh + " / " + reasonEn;
        }
    }

    default boolean isSuccess() {
        return this instanceof Success;
    }
}
