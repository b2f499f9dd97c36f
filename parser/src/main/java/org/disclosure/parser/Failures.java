package org.disclosure.parser;

import org.disclosure.parser.internal.detect.DocumentKind;
import org.disclosure.parser.internal.extract.RejectedDocument;
import org.disclosure.parser.internal.limit.Budget;
import org.disclosure.parser.internal.limit.LimitExceeded;

/** The reasons a document is refused, worded for a supervisor (Chinese first, English beside it). */
final class Failures {

    static final ParseResult.Failure NOT_A_REPORT = new ParseResult.Failure(
            "不是政府信息公开工作年度报告：未找到年度报告的章节和统计表",
            "Not an annual report on government information disclosure: none of the report's sections or tables were found");

    static final ParseResult.Failure TABLES_NOT_FOUND = new ParseResult.Failure(
            "未能找到年度报告的统计表（二、主动公开，三、依申请公开，四、行政复议和行政诉讼）",
            "The report's tables (二 active disclosure, 三 requests, 四 reviews and litigation) could not be found");

    static final ParseResult.Failure EMPTY = new ParseResult.Failure(
            "文件为空，没有内容", "The file is empty");

    private static final ParseResult.Failure PDF_CORRUPT = new ParseResult.Failure(
            "文件已损坏：无法打开该 PDF", "The PDF is corrupt and cannot be opened");

    private static final ParseResult.Failure PDF_ENCRYPTED = new ParseResult.Failure(
            "PDF 已加密（需要密码才能打开），请提交未加密的文件",
            "The PDF is encrypted (a password is needed to open it); submit an unencrypted file");

    private static final ParseResult.Failure PDF_SCANNED = new ParseResult.Failure(
            "这是扫描件，没有文字层，暂不支持（需要 OCR）",
            "This is a scanned PDF without a text layer; OCR is not supported yet");

    private static final ParseResult.Failure PDF_WITHOUT_TEXT = new ParseResult.Failure(
            "PDF 中没有可读取的文字", "The PDF contains no readable text");

    private static final ParseResult.Failure PDF_GARBLED_TEXT = new ParseResult.Failure(
            "PDF 的文字层无法识别（字体缺少字符编码映射，提取出的是乱码），请提交另一种格式或重新导出的 PDF",
            "The PDF's text layer cannot be decoded (its fonts lack a character map, so the text comes out garbled); submit another format or a re-exported PDF");

    private static final ParseResult.Failure DOCX_CORRUPT = new ParseResult.Failure(
            "文件已损坏：无法打开该 Word 文档（.docx）", "The Word document (.docx) is corrupt and cannot be opened");

    private static final ParseResult.Failure DOC_UNSUPPORTED = new ParseResult.Failure(
            "无法读取该 Word 97-2003 文档（.doc）：文件已损坏或版本过旧，请另存为 .docx 或 PDF 后再提交",
            "This Word 97-2003 document (.doc) cannot be read (corrupt or too old a version); save it as .docx or PDF and submit again");

    private Failures() {
    }

    /** A file of a kind that is no report format at all, named so the supervisor sees what was uploaded. */
    static ParseResult.Failure notAReportFormat(DocumentKind kind) {
        String article = kind == DocumentKind.EMPTY ? "" : kind.nameZh().charAt(0) < 0x80 ? "一个 " : "一个";
        return new ParseResult.Failure(
                "这是" + article + kind.nameZh() + "，不是年度报告（支持 PDF、Word、网页和文本格式）",
                "This is " + kind.nameEn() + ", not a report (PDF, Word, web pages and text are supported)");
    }

    /** Why an extractor could not read a document of a readable kind. */
    static ParseResult.Failure rejected(RejectedDocument.Reason reason) {
        return switch (reason) {
            case PDF_CORRUPT -> PDF_CORRUPT;
            case PDF_ENCRYPTED -> PDF_ENCRYPTED;
            case PDF_SCANNED -> PDF_SCANNED;
            case PDF_WITHOUT_TEXT -> PDF_WITHOUT_TEXT;
            case PDF_GARBLED_TEXT -> PDF_GARBLED_TEXT;
            case DOCX_CORRUPT -> DOCX_CORRUPT;
            case DOC_UNSUPPORTED -> DOC_UNSUPPORTED;
            case NOT_TEXT -> notAReportFormat(DocumentKind.BINARY);
        };
    }

    /** A library's or the parser's own error: the exception text goes to the log, never to the submitter. */
    static final ParseResult.Failure INTERNAL_ERROR = new ParseResult.Failure(
            "解析报告时发生内部错误，请联系管理员（错误详情已记录在日志中）",
            "Internal error while parsing the report; contact the administrators (the details are in the log)");

    /** A document past one of the parser's limits (README "Security"), named so a supervisor knows what to fix. */
    static ParseResult.Failure limitExceeded(LimitExceeded.Limit limit) {
        return switch (limit) {
            case TIME -> new ParseResult.Failure(
                    "文件过于复杂，解析超时，请检查文件或另存为 PDF 后再提交",
                    "The document is too complex: parsing it took longer than the time limit; check the file or save it as PDF and submit again");
            case GRID -> new ParseResult.Failure(
                    "文件中的表格过大（合并单元格的行数或列数异常，最多 " + Budget.MAX_GRID_COLUMNS + " 列），不是正常的年度报告表格",
                    "A table in the document is too large (its merged cells span an abnormal number of rows or columns; at most "
                            + Budget.MAX_GRID_COLUMNS + " columns), not a report table");
            case NESTING -> new ParseResult.Failure(
                    "网页的元素嵌套过深（超过 " + Budget.MAX_NESTING + " 层），无法解析",
                    "The web page's elements are nested too deeply (more than " + Budget.MAX_NESTING + " levels) to be read");
            case SCANNED_PAGES -> new ParseResult.Failure(
                    "扫描页过多（超过 " + Budget.MAX_SCANNED_PAGES + " 页），无法逐页识别，请提交带文字层的 PDF 或拆分后再提交",
                    "The PDF has too many scanned pages (more than " + Budget.MAX_SCANNED_PAGES
                            + ") to read by OCR; submit a PDF with a text layer, or split it");
            case PAGES -> new ParseResult.Failure(
                    "PDF 页数过多（超过 " + Budget.MAX_PDF_PAGES + " 页），不是一份年度报告",
                    "The PDF has too many pages (more than " + Budget.MAX_PDF_PAGES + ") for an annual report");
            case OBJECTS, GLYPHS, DECODED_BYTES -> new ParseResult.Failure(
                    "PDF 的内容过大（对象、文字、图形或压缩数据超出限制），不是正常的年度报告",
                    "The PDF's content is too large (objects, glyphs, drawings or compressed data past the limits) for an annual report");
            case LINES -> new ParseResult.Failure(
                    "文件过长（超过 " + Budget.MAX_LINES + " 行），不是一份年度报告",
                    "The document is too long (more than " + Budget.MAX_LINES + " lines) for an annual report");
            case LINE_LENGTH -> new ParseResult.Failure(
                    "文件中有一行或一段过长（超过 " + Budget.MAX_LINE_LENGTH + " 个字符），无法解析",
                    "A line or paragraph of the document is too long (more than " + Budget.MAX_LINE_LENGTH + " characters) to be read");
        };
    }
}
