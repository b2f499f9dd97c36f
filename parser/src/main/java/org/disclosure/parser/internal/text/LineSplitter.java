package org.disclosure.parser.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line into cells the way its conversion laid them out: tab-separated fields, markdown pipe
 * tables, or columns aligned with runs of spaces ({@code pdftotext -layout}). Leading empty fields are
 * indentation, not cells; a line made only of tabs is one blank cell (the one-cell-per-line layout).
 */
final class LineSplitter {

    private LineSplitter() {
    }

    static List<Token> split(String line, int lineNumber) {
        if (line.isBlank()) {
            return line.indexOf('\t') >= 0 ? List.of(Token.of("", lineNumber, 1)) : List.of();
        }
        List<Token> cells = new ArrayList<>();
        if (line.indexOf('\t') >= 0) {
            splitOn(line, lineNumber, '\t', cells);
        } else if (isPipeRow(line)) {
            splitPipes(line, lineNumber, cells);
        } else {
            splitOnSpaceRuns(line, lineNumber, cells);
        }
        dropLeadingBlanks(cells);
        dropDashRules(cells);
        return cells;
    }

    private static void splitOn(String line, int lineNumber, char separator, List<Token> cells) {
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == separator) {
                addCell(line, start, i, lineNumber, cells);
                start = i + 1;
            }
        }
    }

    static boolean isPipeRow(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("|")) return true;
        int pipes = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) == '|' || trimmed.charAt(i) == '｜') pipes++;
        }
        return pipes >= 2;
    }

    private static void splitPipes(String line, int lineNumber, List<Token> cells) {
        String normalizedPipes = line.replace('｜', '|');
        int first = normalizedPipes.indexOf('|');
        int last = normalizedPipes.lastIndexOf('|');
        boolean leading = normalizedPipes.substring(0, first).isBlank();
        boolean trailing = normalizedPipes.substring(last + 1).isBlank();
        int from = leading ? first + 1 : 0;
        int to = trailing ? last : normalizedPipes.length();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || normalizedPipes.charAt(i) == '|') {
                addCell(line, start, i, lineNumber, cells);
                start = i + 1;
            }
        }
    }

    /**
     * Two or more spaces (or one ideographic space) separate columns; a single space is part of a
     * label ("结果 维持") or of a value with its unit ("1234 万元"). Several numbers separated by single
     * spaces are still separate cells, since no value contains a space between two numbers.
     */
    private static void splitOnSpaceRuns(String line, int lineNumber, List<Token> cells) {
        int i = 0;
        int length = line.length();
        while (i < length) {
            while (i < length && isSpace(line.charAt(i))) i++;
            if (i >= length) break;
            int start = i;
            while (i < length && !isColumnGap(line, i)) i++;
            splitNumberRun(line, start, i, lineNumber, cells);
        }
    }

    private static boolean isColumnGap(String line, int i) {
        char c = line.charAt(i);
        if (c == '\u3000') return true;
        return c == ' ' && i + 1 < line.length() && isSpace(line.charAt(i + 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    private static void splitNumberRun(String line, int start, int end, int lineNumber, List<Token> cells) {
        String segment = line.substring(start, end);
        String[] words = segment.split(" ");
        if (words.length > 1 && allValues(words)) {
            int offset = start;
            for (String word : words) {
                int at = line.indexOf(word, offset);
                cells.add(Token.of(word, lineNumber, at + 1));
                offset = at + word.length();
            }
        } else {
            addCell(line, start, end, lineNumber, cells);
        }
    }

    private static boolean allValues(String[] words) {
        for (String word : words) {
            String label = LabelText.normalize(word);
            if (label.isEmpty() || !CellValue.isValue(label) || label.endsWith("元")) return false;
        }
        return true;
    }

    private static void addCell(String line, int start, int end, int lineNumber, List<Token> cells) {
        int column = start;
        while (column < end && isSpace(line.charAt(column))) column++;
        cells.add(Token.of(line.substring(start, end), lineNumber, column + 1));
    }

    private static void dropLeadingBlanks(List<Token> cells) {
        while (!cells.isEmpty() && cells.getFirst().isBlank()) cells.removeFirst();
    }

    /** A cell of dashes only is a markdown table separator, not a "no value" mark. */
    private static void dropDashRules(List<Token> cells) {
        cells.removeIf(cell -> cell.label().length() >= 3 && cell.label().chars().allMatch(c -> c == '-' || c == ':' || c == '—'));
    }
}
