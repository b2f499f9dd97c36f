package org.disclosure.parser;

/** The reasons a document is refused, worded for a supervisor (Chinese first, English beside it). */
final class Failures {

    static final ParseResult.Failure NOT_TEXT = new ParseResult.Failure(
            "不支持的文件：不是文本文档（例如 PDF、压缩包或其他二进制文件），请先转换为文本后再提交",
            "Unsupported document: not a text document (e.g. a PDF, an archive or other binary data); convert it to text first");

    static final ParseResult.Failure NOT_A_REPORT = new ParseResult.Failure(
            "不是政府信息公开工作年度报告：未找到年度报告的章节和统计表",
            "Not an annual report on government information disclosure: none of the report's sections or tables were found");

    static final ParseResult.Failure TABLES_NOT_FOUND = new ParseResult.Failure(
            "未能找到年度报告的统计表（二、主动公开，三、依申请公开，四、行政复议和行政诉讼）",
            "The report's tables (二 active disclosure, 三 requests, 四 reviews and litigation) could not be found");

    private Failures() {
    }

    static ParseResult.Failure internalError(Throwable error) {
        String detail = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return new ParseResult.Failure("解析报告时发生内部错误（" + detail + "）",
                "Internal error while parsing the report (" + detail + ")");
    }
}
