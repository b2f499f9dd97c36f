package org.disclosure.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;

/** Reads report files for the offline commands; an unreadable file becomes a failure, not an exception. */
final class ReportFiles {

    private final ReportParser parser = new ReportParser();

    ParseResult read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new ParseResult.Failure("文件不存在或不是普通文件：" + file, "no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            return new ParseResult.Failure("文件不可读：" + file, "the file cannot be read: " + file);
        }
        try {
            return parser.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            return new ParseResult.Failure("读取文件失败：" + file, "reading " + file + " failed: " + e.getMessage());
        }
    }
}
