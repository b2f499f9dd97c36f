package org.disclosure.parser.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosure.parser.internal.text.SourceDocument;
import org.disclosure.parser.internal.text.Token;
import org.junit.jupiter.api.Test;

/**
 * Table 三 as {@code pdftotext -layout} prints it: numbers right-aligned under the seven applicant columns
 * (right edges at columns 51, 57, …, 87), and a blank cell leaving nothing but spaces.
 */
class ColumnGridTest {

    private static final String NEW = "  一、本年新收政府信息公开申请数量                              30     4     1     0     2     1    38";
    private static final String CARRIED = "  二、上年结转政府信息公开申请数量                               2     0     0     0     0     0     2";
    private static final String GRANTED = "  （一）予以公开                                       12     2                 1          15";
    private static final String QUERY = "  8.属于行政查询事项                                     1                                   1";

    @Test
    void blankColumnsOfAShortRowAreFoundByPosition() {
        ColumnGrid grid = ColumnGrid.learn(rows(true, NEW, CARRIED, GRANTED, QUERY), 7);
        assertNotNull(grid);
        assertEquals(Arrays.asList("12", "2", null, null, "1", null, "15"), raw(grid.place(cells(GRANTED))));
        assertEquals(Arrays.asList("1", null, null, null, null, null, "1"), raw(grid.place(cells(QUERY))));
    }

    @Test
    void completeRowsKeepTheirCells() {
        ColumnGrid grid = ColumnGrid.learn(rows(true, NEW, CARRIED), 7);
        assertEquals(List.of("30", "4", "1", "0", "2", "1", "38"), raw(grid.place(cells(NEW))));
    }

    @Test
    void oneCompleteRowIsTooLittleToLearnFrom() {
        assertNull(ColumnGrid.learn(rows(true, NEW, GRANTED, QUERY), 7));
    }

    @Test
    void rowsNotAlignedBySpacesTeachNothing() {
        assertNull(ColumnGrid.learn(rows(false, NEW, CARRIED), 7));
    }

    @Test
    void aNumberBetweenTwoColumnsCannotBePlaced() {
        ColumnGrid grid = ColumnGrid.learn(rows(true, NEW, CARRIED), 7);
        // "5" ends at column 54, three characters from both the first (51) and the second (57) column
        String between = "  （二）部分公开                                           5                                5";
        assertNull(grid.place(cells(between)));
    }

    @Test
    void twoNumbersInOneColumnCannotBePlaced() {
        ColumnGrid grid = ColumnGrid.learn(rows(true, NEW, CARRIED), 7);
        String crowded = "  （二）部分公开                                      1 2                                   3";
        assertNull(grid.place(cells(crowded)));
    }

    /** The value cells of a printed row: every token after its label. */
    private static List<Token> cells(String line) {
        List<Token> tokens = SourceDocument.of(line).cells(0);
        return tokens.subList(1, tokens.size());
    }

    private static List<TableRow> rows(boolean alignedBySpaces, String... lines) {
        RowSpec applicants = StandardTables.requests().rows().stream()
                .filter(row -> row.keyPrefix().equals("apply.new")).findFirst().orElseThrow();
        List<TableRow> rows = new ArrayList<>();
        for (String line : lines) {
            List<Token> tokens = SourceDocument.of(line).cells(0);
            rows.add(new TableRow(applicants, tokens.getFirst(), cells(line), alignedBySpaces));
        }
        return rows;
    }

    private static List<String> raw(List<Token> placed) {
        return placed.stream().map(token -> token == null ? null : token.raw()).toList();
    }
}
