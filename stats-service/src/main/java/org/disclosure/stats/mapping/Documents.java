package org.disclosure.stats.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.stats.comparison.AgencyChange;
import org.disclosure.stats.comparison.CarryOverCheck;
import org.disclosure.stats.comparison.CellChange;
import org.disclosure.stats.comparison.FindingChange;
import org.disclosure.stats.comparison.OneYearAgency;
import org.disclosure.stats.comparison.ReportComparer;
import org.disclosure.stats.comparison.ReportComparison;
import org.disclosure.stats.comparison.SentenceChange;
import org.disclosure.stats.comparison.SentenceStatus;
import org.disclosure.stats.service.Briefing;
import org.disclosure.stats.service.IndicatorRow;
import org.disclosure.stats.service.RegionDirectory;
import org.disclosure.stats.service.RuleRate;

/** The two documents people hand on, as {@link DocumentModel}s: a comparison report and a region's briefing. */
public final class Documents {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final List<String> BRIEFING_INDICATORS = List.of("applications_received", "applications_handled",
            "substantive_disclosure_rate", "denial_rate", "unable_rate", "not_processed_rate", "carry_forward_rate",
            "natural_person_share", "review_correction_rate", "litigation_correction_rate", "dispute_rate");
    /** Copied sentences quoted in a comparison report; the JSON has all of them. */
    private static final int SENTENCES_SHOWN = 200;

    private Documents() {
    }

    // ---------------------------------------------------------------- comparison report

    public static DocumentModel comparison(ReportComparison comparison, LocalDate drawnUpOn) {
        ReportComparison.Side left = comparison.left();
        ReportComparison.Side right = comparison.right();
        DocumentModel.Builder document = DocumentModel.builder(
                right.agency() + " " + right.year() + "年与" + left.year() + "年政府信息公开工作年度报告比对");
        document.subtitle("地区代码 " + right.regionCode() + "　生成日期 " + DATE.format(drawnUpOn));
        document.heading("一、总体情况");
        document.text("比对单元格 " + comparison.cellsCompared() + " 个，数值变化 " + comparison.cellsChanged()
                + " 个，变化异常 " + comparison.cellsImplausible() + " 个，跨年度结转不衔接 "
                + comparison.carryOverInconsistent() + " 处。");
        var narrative = comparison.narrative();
        document.text("正文逐句比对：未变 " + narrative.unchanged() + " 句，修改 " + narrative.changed() + " 句，新增 "
                + narrative.added() + " 句，删除 " + narrative.removed() + " 句；照搬上年比例 "
                + percent(narrative.copiedShare()) + (narrative.copied() ? "（达到 Y03 照搬阈值 60%）" : "") + "。");
        if (narrative.copyFinding() != null) document.text("Y03：" + narrative.copyFinding());
        if (!comparison.sameAgency()) document.text("注意：两份报告不属于同一机关。");

        document.heading("二、数值变化异常及跨年度衔接");
        List<List<String>> flagged = new ArrayList<>();
        for (CellChange cell : comparison.cells()) {
            boolean inconsistent = cell.checks().stream().anyMatch(check -> Boolean.FALSE.equals(check.consistent()))
                    && cell.inRight() && cell.key().equals(cell.checks().getFirst().cell());
            if (!cell.implausible() && !inconsistent) continue;
            flagged.add(List.of(cell.label(), number(cell.left()), number(cell.right()), number(cell.absolute()),
                    percent(cell.relative()), reasons(cell)));
        }
        if (flagged.isEmpty()) document.text("无。");
        else document.table(List.of("单元格", left.year() + "年", right.year() + "年", "增减", "增减率", "说明"), flagged);

        document.heading("三、表格数值对照（有变化的单元格）");
        List<List<String>> changed = comparison.cells().stream().filter(CellChange::changed)
                .map(cell -> List.of(cell.label(), number(cell.left()), number(cell.right()), number(cell.absolute()),
                        percent(cell.relative())))
                .toList();
        if (changed.isEmpty()) document.text("两年表格数值相同。");
        else document.table(List.of("单元格", left.year() + "年", right.year() + "年", "增减", "增减率"), changed);

        document.heading("四、正文逐句比对（照搬及新增、删除的句子）");
        List<List<String>> sentences = narrative.sentences().stream()
                .filter(sentence -> sentence.copied() || sentence.status() != SentenceStatus.UNCHANGED)
                .limit(SENTENCES_SHOWN)
                .map(sentence -> List.of(status(sentence), line(sentence.leftLine()) + " " + text(sentence.left()),
                        line(sentence.rightLine()) + " " + text(sentence.right())))
                .toList();
        if (sentences.isEmpty()) document.text("无可比对的正文。");
        else document.table(List.of("比对结果", left.year() + "年原文", right.year() + "年原文"), sentences);

        document.heading("五、问题清单对照");
        var findings = comparison.findings();
        List<List<String>> rows = new ArrayList<>();
        findings.fixed().forEach(change -> rows.add(findingRow("已整改", change)));
        findings.added().forEach(change -> rows.add(findingRow("新发现", change)));
        findings.stillPresent().forEach(change -> rows.add(findingRow("仍存在", change)));
        if (rows.isEmpty()) document.text("两年均无违反规则的问题。");
        else document.table(List.of("状态", "规则", left.year() + "年", right.year() + "年", "证据"), rows);
        return document.build();
    }

    private static String reasons(CellChange cell) {
        List<String> reasons = new ArrayList<>();
        if (cell.implausibleReason() != null) reasons.add(cell.implausibleReason());
        for (CarryOverCheck check : cell.checks()) {
            if (Boolean.FALSE.equals(check.consistent())) reasons.add(check.rule() + " 不衔接：" + check.explanation());
        }
        reasons.addAll(cell.findings());
        return String.join("；", reasons);
    }

    private static List<String> findingRow(String state, FindingChange change) {
        return List.of(state, change.rule() + "（" + severity(change.severity()) + "）", text(change.leftMessage()),
                text(change.rightMessage()), String.join("；", change.evidence()));
    }

    private static String status(SentenceChange sentence) {
        String status = switch (sentence.status()) {
            case UNCHANGED -> "未变";
            case CHANGED -> "修改";
            case NEW -> "新增";
            case REMOVED -> "删除";
        };
        return sentence.copied() ? status + "（照搬）" : status;
    }

    // ---------------------------------------------------------------- briefing

    public static DocumentModel briefing(Briefing briefing) {
        String region = briefing.regionName() != null ? briefing.regionName() : briefing.regionCode();
        DocumentModel.Builder document = DocumentModel.builder(
                region + briefing.year() + "年度政府信息公开工作年度报告情况通报（草稿）");
        document.subtitle("地区代码 " + briefing.regionCode() + "　" + DATE.format(briefing.drawnUpOn()));

        document.heading("一、报告报送情况");
        var coverage = briefing.coverage();
        var compliance = briefing.compliance();
        document.text("本地区县级人民政府 " + coverage.counties() + " 个，已报送年度报告 " + coverage.reported()
                + " 个，未报送 " + coverage.missing().size() + " 个。共收到各机关年度报告 " + compliance.reports()
                + " 份，无错误的 " + compliance.errorFreeReports() + " 份（" + percent(compliance.errorFreeShare())
                + "），按期发布 " + compliance.onTime() + " 份，逾期 " + compliance.late() + " 份，发布日期不明 "
                + compliance.publicationUnknown() + " 份。");
        if (!coverage.missing().isEmpty()) {
            document.table(List.of("序号", "地区代码", "市", "县（市、区）"), numbered(coverage.missing().stream()
                    .map((RegionDirectory.County county) -> List.of(county.code(), text(county.cityName()), county.name()))
                    .toList()));
        }

        document.heading("二、主要指标（与上年对比）");
        List<List<String>> indicators = new ArrayList<>();
        for (String name : BRIEFING_INDICATORS) {
            BigDecimal now = indicator(briefing.thisYear(), name);
            BigDecimal before = indicator(briefing.lastYear(), name);
            boolean rate = !name.startsWith("applications_");
            indicators.add(List.of(IndicatorLabels.of(name), rate ? percent(before) : number(before),
                    rate ? percent(now) : number(now), change(before, now, rate)));
        }
        document.table(List.of("指标", (briefing.year() - 1) + "年", briefing.year() + "年", "变化"), indicators);
        document.text("报告数：" + (briefing.year() - 1) + "年 " + reports(briefing.lastYear()) + " 份，"
                + briefing.year() + "年 " + reports(briefing.thisYear()) + " 份。比率由各机关数字加总后计算，分母为零的不计算。");

        document.heading("三、发现的问题（按规则）");
        List<List<String>> byRule = compliance.findingsByRule().stream()
                .map((RuleRate rate) -> List.of(rate.rule(), severity(rate.severity()), String.valueOf(rate.reports()),
                        String.valueOf(rate.findings()), number(rate.findingsPerReport())))
                .toList();
        if (byRule.isEmpty()) document.text("未发现违反规则的问题。");
        else document.table(List.of("规则", "级别", "涉及报告数", "问题数", "每份报告问题数"), byRule);

        document.heading("四、发现的问题（按机关，附证据）");
        List<List<String>> evidence = new ArrayList<>();
        for (Briefing.AgencyFindings agency : briefing.agencies()) {
            for (Finding finding : agency.findings()) {
                evidence.add(List.of(text(agency.agency()), text(agency.regionCode()), finding.rule(),
                        text(finding.messageZh()), String.join("；", ReportComparer.evidence(finding))));
            }
        }
        if (evidence.isEmpty()) document.text("无。");
        else document.table(List.of("机关", "地区代码", "规则", "问题", "证据"), evidence);
        if (briefing.agenciesTruncated()) document.text("（仅列出问题最多的前 " + briefing.agencies().size() + " 个机关。）");

        document.heading("五、需要跟进的机关");
        List<List<String>> followUp = new ArrayList<>();
        for (Briefing.AgencyFindings agency : briefing.agencies()) {
            List<String> reasons = new ArrayList<>();
            if (agency.errors() > 0) reasons.add("错误 " + agency.errors() + " 项");
            if (agency.findings().stream().anyMatch(finding -> "Q03".equals(finding.rule()))) reasons.add("逾期发布");
            if (agency.findings().stream().anyMatch(finding -> "Y03".equals(finding.rule()))) reasons.add("照搬上年报告");
            if (!reasons.isEmpty()) followUp.add(List.of(text(agency.agency()), text(agency.regionCode()), String.join("，", reasons)));
        }
        if (briefing.comparison() != null) {
            for (AgencyChange change : briefing.comparison().agencies()) {
                if (change.cellsImplausible() == 0 && !change.copied()) continue;
                List<String> reasons = new ArrayList<>();
                if (change.cellsImplausible() > 0) reasons.add("与上年相比数值异常 " + change.cellsImplausible() + " 处");
                if (change.copied()) reasons.add("正文照搬上年 " + percent(change.copiedShare()));
                followUp.add(List.of(text(change.agency()), text(change.regionCode()), String.join("，", reasons)));
            }
        }
        for (RegionDirectory.County county : coverage.missing()) {
            followUp.add(List.of(county.name() + "人民政府", county.code(), "未报送年度报告"));
        }
        if (followUp.isEmpty()) document.text("无。");
        else document.table(List.of("机关", "地区代码", "原因"), followUp);

        if (briefing.comparison() != null) {
            document.heading("六、与上年报告比对");
            var batch = briefing.comparison();
            document.text("两年均有报告的机关 " + batch.agencies().size() + " 个，仅" + batch.leftYear() + "年有报告的 "
                    + batch.onlyLeftYear().size() + " 个，仅" + batch.rightYear() + "年有报告的 "
                    + batch.onlyRightYear().size() + " 个。");
            document.table(List.of("机关", "变化单元格", "异常", "照搬比例", "新问题"), batch.agencies().stream()
                    .limit(50)
                    .map(change -> List.of(text(change.agency()), change.cellsChanged() + "/" + change.cellsCompared(),
                            String.valueOf(change.cellsImplausible()), percent(change.copiedShare()),
                            String.join("、", change.newFindings())))
                    .toList());
            List<OneYearAgency> only = new ArrayList<>(batch.onlyLeftYear());
            only.addAll(batch.onlyRightYear());
            if (!only.isEmpty()) {
                document.table(List.of("仅一年有报告的机关", "地区代码", "年度"), only.stream()
                        .map(agency -> List.of(text(agency.agency()), text(agency.regionCode()), String.valueOf(agency.year())))
                        .toList());
            }
        } else {
            document.text("（本地区尚未运行 " + (briefing.year() - 1) + "—" + briefing.year() + " 年批量比对，未列入与上年报告比对的结果。）");
        }
        return document.build();
    }

    private static List<List<String>> numbered(List<List<String>> rows) {
        List<List<String>> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(i + 1));
            row.addAll(rows.get(i));
            numbered.add(row);
        }
        return numbered;
    }

    private static BigDecimal indicator(IndicatorRow row, String name) {
        return row == null ? null : row.indicator(name);
    }

    private static String reports(IndicatorRow row) {
        return row == null ? "0" : String.valueOf(row.reports());
    }

    private static String change(BigDecimal before, BigDecimal now, boolean rate) {
        if (before == null || now == null) return "—";
        BigDecimal difference = now.subtract(before);
        if (rate) {
            return (difference.signum() > 0 ? "+" : "") + difference.multiply(BigDecimal.valueOf(100))
                    .setScale(1, RoundingMode.HALF_UP).toPlainString() + " 个百分点";
        }
        return (difference.signum() > 0 ? "+" : "") + number(difference);
    }

    private static String severity(String severity) {
        return switch (severity == null ? "" : severity) {
            case "error" -> "错误";
            case "warning" -> "警告";
            case "info" -> "提示";
            default -> text(severity);
        };
    }

    static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal fraction) {
        return fraction == null ? "—" : fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }

    static String percent(Double fraction) {
        return fraction == null ? "—" : percent(BigDecimal.valueOf(fraction));
    }

    private static String line(Integer line) {
        return line == null ? "" : "[第" + line + "行]";
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    static String joined(List<String> parts) {
        return parts.stream().collect(Collectors.joining("；"));
    }
}
