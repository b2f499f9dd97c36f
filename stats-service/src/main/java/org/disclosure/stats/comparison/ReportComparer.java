package org.disclosure.stats.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.history.Shingles;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.rules.support.TextNormalizer;

/**
 * Compares two reports (DOMAIN.md, "comparison"): every cell with both values, the cross-year identities Y01/Y02,
 * the narratives sentence by sentence with the Y03 copy share, and the two findings lists. Plain Java: no I/O, no
 * framework; the left report is the earlier one.
 */
public final class ReportComparer {

    /** Shingle size for one sentence: still tells a reworded sentence from another one. */
    private static final int SENTENCE_SHINGLE = 4;

    /** DOMAIN.md: a count that grows or shrinks by more than ×3 with both values ≥ 10 is implausible. */
    static final BigDecimal JUMP_FACTOR = BigDecimal.valueOf(3);
    static final BigDecimal JUMP_MIN_VALUE = BigDecimal.TEN;
    /** Y03's threshold: from this share of copied shingles on, a narrative counts as copied. */
    public static final double COPIED_SHARE = 0.6;
    /** A sentence at least this similar to one of last year is the same sentence changed, not a new one. */
    static final double CHANGED_SIMILARITY = 0.5;
    /** A changed sentence at least this similar is still copied text (figures or a few words updated). */
    static final double COPIED_SIMILARITY = 0.8;

    private static final List<String> APPLICANT_COLUMNS = List.of("natural", "commercial", "research", "social",
            "legal", "other", "total");
    private static final List<String> DOCUMENT_KINDS = List.of("regulations", "normative_docs");
    private static final Set<String> CROSS_YEAR_RULES = Set.of("Y01", "Y02");

    private final CellCatalog catalog;

    public ReportComparer() {
        this(CellCatalog.standard());
    }

    ReportComparer(CellCatalog catalog) {
        this.catalog = catalog;
    }

    public ReportComparison compare(ComparedReport left, ComparedReport right) {
        List<CellChange> cells = cells(left, right);
        int changed = (int) cells.stream().filter(CellChange::changed).count();
        int implausible = (int) cells.stream().filter(CellChange::implausible).count();
        int inconsistent = (int) cells.stream().flatMap(cell -> cell.checks().stream())
                .filter(check -> Boolean.FALSE.equals(check.consistent())).distinct().count();
        int compared = (int) cells.stream().filter(cell -> cell.left() != null && cell.right() != null).count();
        return new ReportComparison(side(left), side(right), Objects.equals(agencyKey(left), agencyKey(right)),
                compared, changed, implausible, inconsistent, cells, narrative(left, right), findings(left, right));
    }

    private static ReportComparison.Side side(ComparedReport report) {
        FormatVersion format = report.report() == null ? null : report.report().format();
        return new ReportComparison.Side(report.id(), report.agency(), report.regionCode(), report.year(),
                format == null ? null : format.label());
    }

    private static String agencyKey(ComparedReport report) {
        return report.regionCode() + ":" + (report.agency() == null ? "" : report.agency().replaceAll("\\s+", ""));
    }

    // ---------------------------------------------------------------- cells

    private List<CellChange> cells(ComparedReport left, ComparedReport right) {
        Map<String, BigDecimal> leftCells = cellsOf(left.report());
        Map<String, BigDecimal> rightCells = cellsOf(right.report());
        Set<String> keys = new LinkedHashSet<>();
        for (CellDefinition definition : catalog.all()) {
            if (leftCells.containsKey(definition.key()) || rightCells.containsKey(definition.key())) {
                keys.add(definition.key());
            }
        }
        Set<String> unknown = new TreeSet<>();
        unknown.addAll(leftCells.keySet());
        unknown.addAll(rightCells.keySet());
        unknown.removeAll(keys);
        keys.addAll(unknown);

        Map<String, List<CarryOverCheck>> checks = carryOverChecks(left.report(), right.report(), leftCells, rightCells);
        Map<String, List<String>> findings = crossYearFindings(right.findings());
        List<CellChange> changes = new ArrayList<>();
        for (String key : keys) {
            BigDecimal before = leftCells.get(key);
            BigDecimal after = rightCells.get(key);
            BigDecimal absolute = before != null && after != null ? after.subtract(before) : null;
            BigDecimal relative = absolute != null && before.signum() != 0
                    ? absolute.divide(before.abs(), 4, RoundingMode.HALF_UP) : null;
            boolean changed = leftCells.containsKey(key) != rightCells.containsKey(key)
                    || (before == null) != (after == null) || (absolute != null && absolute.signum() != 0);
            String reason = implausibility(key, before, after, leftCells, rightCells);
            Definition definition = definition(key);
            changes.add(new CellChange(key, definition.label(), definition.table(), leftCells.containsKey(key),
                    rightCells.containsKey(key), before, after, absolute, relative, changed, reason != null, reason,
                    checks.getOrDefault(key, List.of()), findings.getOrDefault(key, List.of())));
        }
        return changes;
    }

    private record Definition(String label, String table) {
    }

    private Definition definition(String key) {
        return catalog.find(key).map(cell -> new Definition(cell.meaning(), cell.table()))
                .orElse(new Definition(key, key.contains(".") ? key.substring(0, key.indexOf('.')) : key));
    }

    private static Map<String, BigDecimal> cellsOf(ParsedReport report) {
        return report == null || report.cells() == null ? Map.of() : report.cells();
    }

    /**
     * Why the change of a cell is implausible, or null: a count more than ×3 larger or smaller with both values ≥ 10,
     * or a stock (现行有效件数) that changes sign or falls below zero after the year's flows. The 2019 format's signed
     * differences (*.change) are not counts and are left alone.
     */
    static String implausibility(String key, BigDecimal before, BigDecimal after, Map<String, BigDecimal> leftCells,
            Map<String, BigDecimal> rightCells) {
        if (key.endsWith(".in_force")) {
            if (before != null && after != null && before.signum() * after.signum() < 0) {
                return "现行有效件数由 " + plain(before) + " 变为 " + plain(after) + "，正负号反转";
            }
            String base = key.substring(0, key.length() - ".in_force".length());
            BigDecimal issued = rightCells.get(base + ".issued");
            BigDecimal repealed = rightCells.get(base + ".repealed");
            if (before != null && issued != null && repealed != null) {
                BigDecimal stock = before.add(issued).subtract(repealed);
                if (stock.signum() < 0) {
                    return "上年现行有效 " + plain(before) + " + 本年制发 " + plain(issued) + " − 本年废止 "
                            + plain(repealed) + " = " + plain(stock) + "，低于零";
                }
            }
        }
        if (key.endsWith(".change") || before == null || after == null) return null;
        if (before.compareTo(JUMP_MIN_VALUE) < 0 || after.compareTo(JUMP_MIN_VALUE) < 0) return null;
        if (after.compareTo(before.multiply(JUMP_FACTOR)) > 0) {
            return "由 " + plain(before) + " 增至 " + plain(after) + "，超过上年的 3 倍";
        }
        if (before.compareTo(after.multiply(JUMP_FACTOR)) > 0) {
            return "由 " + plain(before) + " 降至 " + plain(after) + "，不足上年的三分之一";
        }
        return null;
    }

    /** Y01 on every 二、上年结转 column, Y02 on both 现行有效件数 cells (2021 format in both years), on the right report. */
    private static Map<String, List<CarryOverCheck>> carryOverChecks(ParsedReport left, ParsedReport right,
            Map<String, BigDecimal> leftCells, Map<String, BigDecimal> rightCells) {
        Map<String, List<CarryOverCheck>> checks = new HashMap<>();
        for (String column : APPLICANT_COLUMNS) {
            String carriedOver = "apply.carried_over." + column;
            String carriedForward = "apply.carried_forward." + column;
            if (!rightCells.containsKey(carriedOver) && !leftCells.containsKey(carriedForward)) continue;
            BigDecimal expected = leftCells.get(carriedForward);
            BigDecimal actual = rightCells.get(carriedOver);
            CarryOverCheck check = new CarryOverCheck("Y01", carriedOver, expected, actual, agree(expected, actual),
                    "本年“二、上年结转” " + plain(actual) + "，上年“四、结转下年度继续办理” " + plain(expected));
            checks.computeIfAbsent(carriedOver, key -> new ArrayList<>()).add(check);
            checks.computeIfAbsent(carriedForward, key -> new ArrayList<>()).add(check);
        }
        boolean bothNewFormat = left != null && right != null && left.format() == FormatVersion.F2021
                && right.format() == FormatVersion.F2021;
        if (bothNewFormat) {
            for (String kind : DOCUMENT_KINDS) {
                String base = "active." + kind;
                if (!rightCells.containsKey(base + ".in_force")) continue;
                BigDecimal last = leftCells.get(base + ".in_force");
                BigDecimal issued = rightCells.get(base + ".issued");
                BigDecimal repealed = rightCells.get(base + ".repealed");
                BigDecimal expected = last == null || issued == null || repealed == null ? null
                        : last.add(issued).subtract(repealed);
                BigDecimal actual = rightCells.get(base + ".in_force");
                checks.computeIfAbsent(base + ".in_force", key -> new ArrayList<>()).add(new CarryOverCheck("Y02",
                        base + ".in_force", expected, actual, agree(expected, actual), "本年现行有效 " + plain(actual) + "，上年现行有效 "
                                + plain(last) + " + 本年制发 " + plain(issued) + " − 本年废止 " + plain(repealed)
                                + " = " + plain(expected)));
            }
        }
        return checks;
    }

    private static Boolean agree(BigDecimal expected, BigDecimal actual) {
        return expected == null || actual == null ? null : expected.compareTo(actual) == 0;
    }

    /** The right report's Y01/Y02 findings by the cells they name (last year's cells without their prefix). */
    private static Map<String, List<String>> crossYearFindings(List<Finding> findings) {
        Map<String, List<String>> byCell = new HashMap<>();
        for (Finding finding : findings == null ? List.<Finding>of() : findings) {
            if (!CROSS_YEAR_RULES.contains(finding.rule()) || finding.cells() == null) continue;
            String text = finding.rule() + " " + finding.status().label() + "：" + finding.messageZh();
            for (String cell : finding.cells()) {
                String key = cell.startsWith("previous:") ? cell.substring("previous:".length()) : cell;
                List<String> texts = byCell.computeIfAbsent(key, k -> new ArrayList<>());
                if (!texts.contains(text)) texts.add(text);
            }
        }
        return byCell;
    }

    static String plain(BigDecimal value) {
        return value == null ? "空" : value.stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- narrative

    private static NarrativeComparison narrative(ComparedReport left, ComparedReport right) {
        List<Sentences.Sentence> before = Sentences.of(left.report());
        List<Sentences.Sentence> after = Sentences.of(right.report());
        List<Set<String>> beforeShingles = before.stream()
                .map(sentence -> sentenceShingles(sentence.folded())).toList();
        Map<String, List<Integer>> exact = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            exact.computeIfAbsent(TextNormalizer.normalize(before.get(i).text()), k -> new ArrayList<>()).add(i);
        }
        boolean[] used = new boolean[before.size()];
        List<SentenceChange> changes = new ArrayList<>();
        int unchanged = 0, changed = 0, added = 0, copied = 0;
        for (Sentences.Sentence sentence : after) {
            int match = -1;
            double similarity = 0;
            for (int candidate : exact.getOrDefault(TextNormalizer.normalize(sentence.text()), List.of())) {
                if (match < 0 || !used[candidate] && used[match]) match = candidate;
            }
            SentenceStatus status;
            if (match >= 0) {
                status = SentenceStatus.UNCHANGED;
                similarity = 1;
            } else {
                Set<String> own = sentenceShingles(sentence.folded());
                for (int i = 0; i < before.size(); i++) {
                    double score = Shingles.containment(own, beforeShingles.get(i));
                    // an unused sentence wins a tie: two copies of one old sentence pair with two old ones
                    if (score > similarity || score == similarity && match >= 0 && used[match] && !used[i]) {
                        similarity = score;
                        match = i;
                    }
                }
                status = similarity >= CHANGED_SIMILARITY ? SentenceStatus.CHANGED : SentenceStatus.NEW;
                if (status == SentenceStatus.NEW) match = -1;
            }
            if (match >= 0) used[match] = true;
            boolean isCopy = status == SentenceStatus.UNCHANGED || similarity >= COPIED_SIMILARITY;
            switch (status) {
                case UNCHANGED -> unchanged++;
                case CHANGED -> changed++;
                default -> added++;
            }
            if (isCopy) copied++;
            Sentences.Sentence counterpart = match >= 0 ? before.get(match) : null;
            changes.add(new SentenceChange(status, sentence.section(), counterpart == null ? null : counterpart.line(),
                    sentence.line(), counterpart == null ? null : counterpart.text(), sentence.text(),
                    round(similarity), isCopy));
        }
        List<SentenceChange> withRemoved = insertRemoved(changes, before, used);
        int removed = (int) withRemoved.stream().filter(change -> change.status() == SentenceStatus.REMOVED).count();
        Double share = copiedShare(before, after);
        String copyFinding = right.findings() == null ? null : right.findings().stream()
                .filter(finding -> "Y03".equals(finding.rule()) && finding.status() == FindingStatus.VIOLATED)
                .map(Finding::messageZh).findFirst().orElse(null);
        return new NarrativeComparison(share, share != null && share >= COPIED_SHARE, unchanged, changed, added,
                removed, copied, withRemoved, copyFinding);
    }

    /** Left sentences nothing matched, placed before the first right sentence paired with a later left sentence. */
    private static List<SentenceChange> insertRemoved(List<SentenceChange> changes, List<Sentences.Sentence> before,
            boolean[] used) {
        List<SentenceChange> result = new ArrayList<>();
        int nextRemoved = 0;
        for (SentenceChange change : changes) {
            Integer pairedIndex = change.left() == null ? null : indexOf(before, change);
            if (pairedIndex != null) {
                for (; nextRemoved < pairedIndex; nextRemoved++) {
                    if (!used[nextRemoved]) result.add(removedAt(before.get(nextRemoved)));
                }
                nextRemoved = Math.max(nextRemoved, pairedIndex + 1);
            }
            result.add(change);
        }
        for (; nextRemoved < before.size(); nextRemoved++) {
            if (!used[nextRemoved]) result.add(removedAt(before.get(nextRemoved)));
        }
        return result;
    }

    private static Integer indexOf(List<Sentences.Sentence> before, SentenceChange change) {
        for (int i = 0; i < before.size(); i++) {
            Sentences.Sentence sentence = before.get(i);
            if (sentence.line() == change.leftLine() && sentence.text().equals(change.left())) return i;
        }
        return null;
    }

    private static SentenceChange removedAt(Sentences.Sentence sentence) {
        return new SentenceChange(SentenceStatus.REMOVED, sentence.section(), sentence.line(), null, sentence.text(),
                null, 0, false);
    }

    /** Y03: the share of the right narrative's 8-character shingles found in the left one; null without prose. */
    private static Double copiedShare(List<Sentences.Sentence> before, List<Sentences.Sentence> after) {
        String last = before.stream().map(Sentences.Sentence::folded).collect(Collectors.joining());
        String now = after.stream().map(Sentences.Sentence::folded).collect(Collectors.joining());
        if (last.isEmpty() || now.isEmpty()) return null;
        return round(Shingles.containment(Shingles.of(now, Shingles.SIZE), Shingles.of(last, Shingles.SIZE)));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    // ---------------------------------------------------------------- findings

    /** Violations matched by rule and cells; several of one rule without cells (X01, Q01) pair up in order. */
    private static FindingsComparison findings(ComparedReport left, ComparedReport right) {
        Map<String, List<Finding>> before = violationsByIdentity(left.findings());
        Map<String, List<Finding>> after = violationsByIdentity(right.findings());
        List<FindingChange> fixed = new ArrayList<>();
        List<FindingChange> added = new ArrayList<>();
        List<FindingChange> still = new ArrayList<>();
        Set<String> identities = new LinkedHashSet<>(before.keySet());
        identities.addAll(after.keySet());
        for (String identity : identities) {
            List<Finding> was = before.getOrDefault(identity, List.of());
            List<Finding> is = after.getOrDefault(identity, List.of());
            for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
                Finding old = i < was.size() ? was.get(i) : null;
                Finding now = i < is.size() ? is.get(i) : null;
                Finding shown = now != null ? now : old;
                FindingChange change = new FindingChange(shown.rule(), shown.severity().label(),
                        shown.cells() == null ? List.of() : shown.cells(), old == null ? null : old.messageZh(),
                        now == null ? null : now.messageZh(), evidence(shown));
                if (old != null && now != null) still.add(change);
                else if (now != null) added.add(change);
                else fixed.add(change);
            }
        }
        Comparator<FindingChange> byRule = Comparator.comparing(FindingChange::rule);
        fixed.sort(byRule);
        added.sort(byRule);
        still.sort(byRule);
        return new FindingsComparison(fixed, added, still);
    }

    private static Map<String, List<Finding>> violationsByIdentity(List<Finding> findings) {
        Map<String, List<Finding>> byIdentity = new LinkedHashMap<>();
        for (Finding finding : findings == null ? List.<Finding>of() : findings) {
            if (finding.status() != FindingStatus.VIOLATED) continue;
            String cells = finding.cells() == null ? "" : String.join(",", new TreeSet<>(finding.cells()));
            byIdentity.computeIfAbsent(finding.rule() + "|" + cells, k -> new ArrayList<>()).add(finding);
        }
        return byIdentity;
    }

    /** What a supervisor checks a finding against: the values found and where they stand in the source. */
    public static List<String> evidence(Finding finding) {
        List<String> evidence = new ArrayList<>();
        if (finding.values() != null && !finding.values().isEmpty()) {
            evidence.add(finding.values().entrySet().stream()
                    .map(entry -> entry.getKey() + " = " + plain(entry.getValue()))
                    .collect(Collectors.joining("；")));
        }
        if (finding.expected() != null) evidence.add("应为 " + plain(finding.expected()));
        if (finding.locations() != null && !finding.locations().isEmpty()) {
            evidence.add("位置：" + finding.locations().stream().map(SourceLocation::describe).distinct()
                    .collect(Collectors.joining("；")));
        }
        return evidence;
    }

    /** Sentences are short: smaller shingles, and a sentence shorter than one shingle stands as one. */
    private static Set<String> sentenceShingles(String folded) {
        Set<String> shingles = Shingles.of(folded, SENTENCE_SHINGLE);
        if (shingles.isEmpty() && !folded.isEmpty()) shingles.add(folded);
        return shingles;
    }
}
