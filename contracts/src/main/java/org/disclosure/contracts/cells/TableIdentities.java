package org.disclosure.contracts.cells;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.disclosure.contracts.report.FormatVersion;

/**
 * The identities tables 三 and 四 print on themselves (DOMAIN.md A01–A04) as sums of canonical cell keys, the rows,
 * columns and groups taken from the {@link CellCatalog}: the rules check them, the parser's OCR review uses them to
 * point at a probably misread digit. One definition, so both always mean the same cells.
 */
public final class TableIdentities {

    private static final String REQUESTS = "apply.";
    private static final String TOTAL = "total";
    private static final String OTHER_HANDLING = REQUESTS + "other.";
    private static final String OTHER_HANDLING_SINGLE_ROW = OTHER_HANDLING + "all";
    /** Table 三's rows outside （一）–（六）: 一 本年新收, 二 上年结转, （七）总计, 四 结转下年度. */
    private static final String NEW = REQUESTS + "new";
    private static final String CARRIED_OVER = REQUESTS + "carried_over";
    private static final String TOTAL_ROW = REQUESTS + TOTAL;
    private static final String CARRIED_FORWARD = REQUESTS + "carried_forward";

    /** Table 三's rows as key prefixes ({@code apply.granted}), both formats, in the order of cells.tsv. */
    private static final List<String> ROWS;
    /** Table 三's columns as key suffixes: the six applicants, then {@code total}. */
    private static final List<String> COLUMNS;
    /** Table 四's groups as key prefixes ({@code review}). */
    private static final List<String> APPEAL_GROUPS;
    /** Table 四's outcome columns, without {@code total}. */
    private static final List<String> APPEAL_PARTS;

    static {
        Set<String> rows = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        for (CellDefinition cell : CellCatalog.standard().all()) {
            String key = cell.key();
            String prefix = key.substring(0, key.lastIndexOf('.'));
            String suffix = key.substring(key.lastIndexOf('.') + 1);
            switch (cell.table()) {
                case "requests" -> {
                    rows.add(prefix);
                    columns.add(suffix);
                }
                case "appeals" -> {
                    groups.add(prefix);
                    if (!suffix.equals(TOTAL)) parts.add(suffix);
                }
                default -> {
                }
            }
        }
        ROWS = List.copyOf(rows);
        COLUMNS = List.copyOf(columns);
        APPEAL_GROUPS = List.copyOf(groups);
        APPEAL_PARTS = List.copyOf(parts);
    }

    /**
     * One identity: the sum of the cells {@code plus} equals the sum of {@code minus}.
     *
     * @param rule the rule that checks it (A01–A04)
     * @param unit where it holds: a column of table 三 ({@code natural}), a row ({@code apply.granted}), a group of
     *             table 四 ({@code review})
     */
    public record Identity(String rule, String unit, List<String> plus, List<String> minus) {

        public Identity {
            plus = List.copyOf(plus);
            minus = List.copyOf(minus);
        }

        /** Both sides' cells, {@code plus} first. */
        public List<String> terms() {
            List<String> terms = new ArrayList<>(plus);
            terms.addAll(minus);
            return terms;
        }

        public boolean involves(String key) {
            return plus.contains(key) || minus.contains(key);
        }

        /** plus − minus, a blank cell counting 0; null when a cell is not in the report at all. */
        public BigDecimal residual(Map<String, BigDecimal> cells) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String key : terms()) {
                if (!cells.containsKey(key)) return null;
                BigDecimal value = cells.get(key);
                if (value != null) sum = plus.contains(key) ? sum.add(value) : sum.subtract(value);
            }
            return sum;
        }
    }

    private TableIdentities() {
    }

    /** A01, one column of table 三: 一 + 二 = （七）总计 + 四. */
    public static Identity carryBalance(String column) {
        return new Identity("A01", column, List.of(key(NEW, column), key(CARRIED_OVER, column)),
                List.of(key(TOTAL_ROW, column), key(CARRIED_FORWARD, column)));
    }

    /**
     * A02, one column of table 三: （一）+（二）+ every sub-row of （三）（四）（五）=（七）总计, and （六）其他处理 as the report
     * prints it: the 2021 format's three sub-rows or the single row, told by the cells the report holds
     * ({@code present}), by its format when it holds neither.
     */
    public static Identity outcomeSum(String column, Predicate<String> present, FormatVersion format) {
        List<String> outcomes = new ArrayList<>();
        for (String row : outcomeRows(present, format)) outcomes.add(key(row, column));
        return new Identity("A02", column, outcomes, List.of(key(TOTAL_ROW, column)));
    }

    /** A03, one row of table 三 ({@code apply.granted}): the six applicant columns = 总计. */
    public static Identity applicantSum(String row) {
        List<String> applicants = new ArrayList<>();
        for (String column : applicantColumns()) applicants.add(key(row, column));
        return new Identity("A03", row, applicants, List.of(key(row, TOTAL)));
    }

    /** A04, one group of table 四 ({@code review}): 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
    public static Identity appealSum(String group) {
        List<String> parts = new ArrayList<>();
        for (String part : APPEAL_PARTS) parts.add(key(group, part));
        return new Identity("A04", group, parts, List.of(key(group, TOTAL)));
    }

    /**
     * Every identity of a report whose cells are {@code present}: A01 and A02 for each column, A03 for each row of
     * which the report holds a cell, A04 for each group.
     */
    public static List<Identity> all(Predicate<String> present, FormatVersion format) {
        List<Identity> identities = new ArrayList<>();
        for (String column : COLUMNS) {
            identities.add(carryBalance(column));
            identities.add(outcomeSum(column, present, format));
        }
        for (String row : ROWS) if (holdsAny(present, row)) identities.add(applicantSum(row));
        for (String group : APPEAL_GROUPS) identities.add(appealSum(group));
        return identities;
    }

    /** Table 三's six applicant columns (key suffixes), without {@code total}. */
    public static List<String> applicantColumns() {
        return COLUMNS.stream().filter(column -> !column.equals(TOTAL)).toList();
    }

    private static List<String> outcomeRows(Predicate<String> present, FormatVersion format) {
        List<String> rows = new ArrayList<>();
        List<String> otherSubRows = new ArrayList<>();
        for (String row : ROWS) {
            if (row.equals(NEW) || row.equals(CARRIED_OVER) || row.equals(TOTAL_ROW) || row.equals(CARRIED_FORWARD)
                    || row.equals(OTHER_HANDLING_SINGLE_ROW)) {
                continue;
            }
            (row.startsWith(OTHER_HANDLING) ? otherSubRows : rows).add(row);
        }
        boolean split = otherSubRows.stream().anyMatch(row -> holdsAny(present, row))
                || !holdsAny(present, OTHER_HANDLING_SINGLE_ROW) && format != FormatVersion.F2019;
        if (split) rows.addAll(otherSubRows);
        else rows.add(OTHER_HANDLING_SINGLE_ROW);
        return rows;
    }

    private static boolean holdsAny(Predicate<String> present, String row) {
        return COLUMNS.stream().anyMatch(column -> present.test(key(row, column)));
    }

    private static String key(String prefix, String last) {
        return prefix + "." + last;
    }
}
