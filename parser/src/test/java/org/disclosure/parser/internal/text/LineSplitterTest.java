package org.disclosure.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of the layouts conversions write, split into the cells a reader sees. */
class LineSplitterTest {

    @Test
    void tabSeparatedRow() {
        List<Token> cells = LineSplitter.split("（一）予以公开\t12\t2\t0\t0\t1\t0\t15", 36);
        assertEquals(List.of("（一）予以公开", "12", "2", "0", "0", "1", "0", "15"), raw(cells));
        assertEquals(36, cells.get(1).line());
        assertEquals(9, cells.get(1).column(), "1-based column of the first value");
        assertEquals(Token.Kind.TEXT, cells.getFirst().kind());
        assertEquals(Token.Kind.VALUE, cells.get(1).kind());
    }

    @Test
    void emptyTabFieldsAreBlankCellsButLeadingOnesAreIndentation() {
        List<Token> cells = LineSplitter.split("\t\t8.属于行政查询事项\t0\t\t0\t0\t\t0\t0", 40);
        assertEquals(List.of("8.属于行政查询事项", "0", "", "0", "0", "", "0", "0"), raw(cells));
        assertEquals(Token.Kind.BLANK, cells.get(2).kind());
    }

    @Test
    void aLineOfTabsIsOneBlankCellAndABlankLineNone() {
        // one cell per line: an empty table field becomes a line holding only its tab
        assertEquals(List.of(""), raw(LineSplitter.split("\t", 7)));
        assertEquals(List.of(), LineSplitter.split("   ", 8));
    }

    @Test
    void markdownPipeRowsAndTheirSeparators() {
        assertEquals(List.of("行政许可", "150", "+12", "1020"), raw(LineSplitter.split("| 行政许可 | 150 | +12 | 1020 |", 20)));
        assertEquals(List.of("规章", "0", "0", "2"), raw(LineSplitter.split("｜规章｜0｜0｜2｜", 21)));
        assertEquals(List.of(), LineSplitter.split("|------|:---:|---|", 19), "a separator row is no cells");
        assertEquals(List.of("无", "-", "/"), raw(LineSplitter.split("| 无 | - | / |", 22)), "no-value marks stay cells");
    }

    @Test
    void spaceAlignedColumnsAsPdftotextLayoutPrintsThem() {
        String line = "  行政规范性文件         2                0                9";
        List<Token> cells = LineSplitter.split(line, 16);
        assertEquals(List.of("行政规范性文件", "2", "0", "9"), raw(cells));
        assertEquals(line.indexOf('2') + 1, cells.get(1).column());
        assertEquals(line.lastIndexOf('9') + 1, cells.get(3).column());
    }

    @Test
    void aSingleSpaceBelongsToTheCellUnlessItSeparatesNumbers() {
        assertEquals(List.of("结果 维持", "3"), raw(LineSplitter.split("结果 维持   3", 80)));
        assertEquals(List.of("本年收费金额", "1234 万元"), raw(LineSplitter.split("本年收费金额    1234 万元", 30)));
        assertEquals(List.of("2", "1", "0", "1", "4"), raw(LineSplitter.split("2 1 0 1 4", 88)));
        assertEquals(List.of("予以公开", "3"), raw(LineSplitter.split("予以公开\u30003", 9)), "an ideographic space separates");
    }

    @Test
    void narrativeStaysOneCell() {
        String sentence = "2021年，我局坚持以公开促规范，全年新增主动公开信息2,136条，比上年略有增加。";
        assertEquals(List.of(sentence), raw(LineSplitter.split("    " + sentence, 10)));
    }

    private static List<String> raw(List<Token> cells) {
        return cells.stream().map(Token::raw).toList();
    }
}
