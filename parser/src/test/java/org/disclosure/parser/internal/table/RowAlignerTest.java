package org.disclosure.parser.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosure.parser.internal.text.Token;
import org.junit.jupiter.api.Test;

/**
 * Rows of tables 三 and 四 read with a cell too many or too few, fitted onto the printed columns by the
 * sums the tables print: 总计 = the six applicant columns, and in table 四 each group's 总计 = 维持 + 纠正 +
 * 其他 + 尚未审结.
 */
class RowAlignerTest {

    private static final RowSpec APPLICANTS = StandardTables.requests().rows().stream()
            .filter(row -> row.keyPrefix().equals("apply.new")).findFirst().orElseThrow();
    private static final RowSpec APPEALS = StandardTables.appeals().rows().getFirst();

    @Test
    void aRowWithEveryCellIsLeftAsItIs() {
        List<Token> row = cells("30", "4", "1", "0", "2", "1", "38");
        assertSame(row, RowAligner.align(row, APPLICANTS));
    }

    @Test
    void aSurplusBlankCellIsDroppedBeforeAValue() {
        // a converter left an empty field before 总计; dropping one of the zeros would fit the sum as well
        assertEquals(Arrays.asList("12", "0", "0", "0", "0", "0", "12"),
                raw(RowAligner.align(cells("12", "0", "0", "0", "0", "0", "", "12"), APPLICANTS)));
    }

    @Test
    void theSurplusValueIsTheOneThatBreaksTheSum() {
        // a footnote mark "9" read as a cell: only without it do the parts add up to 总计 3
        assertEquals(Arrays.asList("2", "1", "0", "0", "0", "0", "3"),
                raw(RowAligner.align(cells("2", "9", "1", "0", "0", "0", "0", "3"), APPLICANTS)));
    }

    @Test
    void aMissingCellOfTableFourIsPlacedWhereTheGroupSumsHold() {
        // 行政复议 2 1 0 _ 3, 未经复议直接起诉 1 0 0 1 2, 复议后起诉 0 0 0 0 0, with 行政复议's 尚未审结 not printed
        List<Token> row = cells("2", "1", "0", "3", "1", "0", "0", "1", "2", "0", "0", "0", "0", "0");
        assertEquals(Arrays.asList("2", "1", "0", null, "3", "1", "0", "0", "1", "2", "0", "0", "0", "0", "0"),
                raw(RowAligner.align(row, APPEALS)));
    }

    @Test
    void whenTheSumsCannotTellColumnsAreFilledLeftToRight() {
        assertEquals(Arrays.asList("0", "0", "0", null, null, null, null),
                raw(RowAligner.align(cells("0", "0", "0"), APPLICANTS)));
    }

    @Test
    void fitCountsViolatedSumsAndSumsThatProveTheAlignment() {
        List<RowSpec.ColumnSum> sums = APPLICANTS.sums();
        assertEquals(new RowAligner.Fit(0, 1), RowAligner.fit(cells("30", "4", "1", "0", "2", "1", "38"), sums));
        assertEquals(new RowAligner.Fit(1, 0), RowAligner.fit(cells("30", "4", "1", "0", "2", "1", "37"), sums));
        // zeros add up whatever their order: no evidence either way
        assertEquals(new RowAligner.Fit(0, 0), RowAligner.fit(cells("0", "0", "0", "0", "0", "0", "0"), sums));
        // a missing part may be the difference, unless the parts present already exceed the total
        List<Token> missingPart = new ArrayList<>(cells("3", "1", "0", "0", "0", "0", "5"));
        missingPart.set(5, null);
        assertEquals(new RowAligner.Fit(0, 0), RowAligner.fit(missingPart, sums));
        missingPart.set(0, Token.of("9", 1, 1));
        assertEquals(new RowAligner.Fit(1, 0), RowAligner.fit(missingPart, sums));
    }

    @Test
    void combinationsComeInLexicographicOrder() {
        List<int[]> combinations = RowAligner.combinations(4, 2);
        assertEquals(List.of("[0, 1]", "[0, 2]", "[0, 3]", "[1, 2]", "[1, 3]", "[2, 3]"),
                combinations.stream().map(Arrays::toString).toList());
    }

    /** Cells of one tab-separated row of line 1, as the splitter makes them. */
    private static List<Token> cells(String... raws) {
        List<Token> cells = new ArrayList<>();
        int column = 1;
        for (String raw : raws) {
            cells.add(Token.of(raw, 1, column));
            column += raw.length() + 1;
        }
        return cells;
    }

    private static List<String> raw(List<Token> aligned) {
        return aligned.stream().map(token -> token == null ? null : token.raw()).toList();
    }
}
