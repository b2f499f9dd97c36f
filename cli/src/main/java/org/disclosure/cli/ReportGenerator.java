package org.disclosure.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.RegionCodes;

/**
 * Makes distinct annual reports for load tests, in memory and deterministically from a seed: agencies of the
 * given regions (counties and cities of the GB/T 2260 tables, governments and their departments), runs of
 * consecutive years 2019–2024 per agency whose carry-overs and documents in force follow from year to year,
 * the 2019 format for 2019–2020 and the 2021 format after, a narrative drawn from phrase pools so that no two
 * years of an agency read alike, and a share of reports with one planted defect each (a wrong sum, a narrative
 * that contradicts the tables, a pasted paragraph, a boilerplate section 五, a narrative copied from last year).
 * Each report is first a model (canonical cells) and then rendered as text in the tab-separated layout
 * converters print (as {@code samples/*.txt}), so a test can check that the parser reads back the model.
 */
final class ReportGenerator {

    /** A planted defect and the rule that must find it; NONE is a clean report. */
    enum Defect {
        NONE(null), ROW_SUM("A03"), OUTCOME_SUM("A02"), APPEAL_SUM("A04"), NARRATIVE_CONTRADICTS_TABLES("X01"),
        REPEATED_PARAGRAPH("Q01"), BOILERPLATE_PROBLEMS("Q02"), COPIED_NARRATIVE("Y03");

        final String rule;

        Defect(String rule) {
            this.rule = rule;
        }
    }

    /**
     * One generated report.
     *
     * @param cells        the canonical cells the text holds (what the parser must read back)
     * @param previousYear the same agency's report for the year before, when generated too (the history of Y03)
     */
    record Report(int index, String fileName, byte[] bytes, String agency, String regionCode, int year,
            FormatVersion format, LocalDate publishedOn, Map<String, BigDecimal> cells, Defect defect,
            Report previousYear) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2024;
    static final List<String> COLUMNS = List.of("natural", "commercial", "research", "social", "legal", "other");
    private static final List<String> DEPARTMENTS = List.of("人民政府", "财政局", "教育局", "民政局", "司法局",
            "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "卫生健康委员会", "市场监督管理局",
            "应急管理局", "人力资源和社会保障局", "退役军人事务局");
    private static final List<Defect> DEFECTS = List.of(Defect.ROW_SUM, Defect.OUTCOME_SUM, Defect.APPEAL_SUM,
            Defect.NARRATIVE_CONTRADICTS_TABLES, Defect.REPEATED_PARAGRAPH, Defect.BOILERPLATE_PROBLEMS,
            Defect.COPIED_NARRATIVE);

    private final Random random;
    private final List<Place> places;
    private final double defectShare;

    /** An area agencies can report for: a county (with its city's name before it) or a city. */
    private record Place(String code, String name) {
    }

    /** An agency's running figures from one year to the next. */
    private static final class Stocks {
        int[] carried = new int[6];
        int regulations;
        int normativeDocs;
        List<Integer> lastPicks = List.of();
    }

    /**
     * @param regions     GB/T 2260 codes (a province, a city or a county) whose areas the agencies are in, e.g.
     *                    a feed's region claim
     * @param defectShare the share of reports with one planted defect, 0 to 1
     */
    ReportGenerator(long seed, Collection<String> regions, double defectShare) {
        if (defectShare < 0 || defectShare > 1) throw new IllegalArgumentException("defect share must be 0..1");
        this.random = new Random(seed);
        this.places = placesIn(regions);
        this.defectShare = defectShare;
        if (places.isEmpty()) throw new IllegalArgumentException("no city or county of GB/T 2260 in " + regions);
    }

    /** The most distinct reports the regions allow: every agency for every year. */
    int capacity() {
        return places.size() * DEPARTMENTS.size() * (LAST_YEAR - FIRST_YEAR + 1);
    }

    List<Report> generate(int count) {
        if (count > capacity()) {
            throw new IllegalArgumentException("at most " + capacity() + " distinct reports for these regions");
        }
        List<String[]> agencies = new ArrayList<>();
        for (Place place : places) {
            for (String department : DEPARTMENTS) agencies.add(new String[] {place.code(), place.name() + department});
        }
        Collections.shuffle(agencies, random);
        int years = LAST_YEAR - FIRST_YEAR + 1;
        List<Report> reports = new ArrayList<>(count);
        for (int a = 0; a < agencies.size() && reports.size() < count; a++) {
            int agenciesLeft = agencies.size() - a;
            int left = count - reports.size();
            int length = Math.min(years, Math.max(1 + random.nextInt(4), (left + agenciesLeft - 1) / agenciesLeft));
            length = Math.min(length, left);
            int first = FIRST_YEAR + random.nextInt(years - length + 1);
            Stocks stocks = new Stocks();
            stocks.regulations = random.nextInt(10) < 2 ? random.nextInt(6) : 0;
            stocks.normativeDocs = 5 + random.nextInt(60);
            for (int c = 0; c < 6; c++) stocks.carried[c] = c == 0 ? random.nextInt(4) : random.nextInt(10) == 0 ? 1 : 0;
            Report previous = null;
            for (int year = first; year < first + length; year++) {
                previous = report(reports.size(), agencies.get(a)[1], agencies.get(a)[0], year, stocks, previous);
                reports.add(previous);
            }
        }
        return reports;
    }

    private Report report(int index, String agency, String regionCode, int year, Stocks stocks, Report previous) {
        FormatVersion format = FormatVersion.requiredFor(year);
        boolean government = agency.endsWith("人民政府");
        Defect defect = Defect.NONE;
        if (random.nextDouble() < defectShare) {
            do {
                defect = DEFECTS.get(random.nextInt(DEFECTS.size()));
            } while (defect == Defect.COPIED_NARRATIVE && previous == null);
        }
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        Text text = new Text(random.nextInt(10) < 4);
        activeTable(cells, format, stocks, government);
        requestTable(cells, format, stocks, government);
        appealTable(cells);
        int statedReceived = cells.get("apply.new.total").intValue();
        switch (defect) {
            case ROW_SUM -> cells.put("apply.new.total", BigDecimal.valueOf(
                    statedReceived + (statedReceived > 3 && random.nextBoolean() ? -1 - random.nextInt(3) : 1 + random.nextInt(5))));
            case OUTCOME_SUM -> {
                cells.put("apply.granted.natural", cells.get("apply.granted.natural").add(BigDecimal.ONE));
                cells.put("apply.granted.total", cells.get("apply.granted.total").add(BigDecimal.ONE));
            }
            case APPEAL_SUM -> cells.put("review.total", cells.get("review.total").add(BigDecimal.valueOf(1 + random.nextInt(3))));
            case NARRATIVE_CONTRADICTS_TABLES -> statedReceived = cells.get("apply.new.total").intValue()
                    + cells.get("apply.carried_over.total").intValue() + 3 + random.nextInt(20);
            default -> {
            }
        }
        if (defect == Defect.ROW_SUM) statedReceived = cells.get("apply.new.total").intValue();
        List<Integer> picks = defect == Defect.COPIED_NARRATIVE ? stocks.lastPicks : pickPhrases(stocks.lastPicks);
        stocks.lastPicks = picks;
        LocalDate publishedOn = LocalDate.of(year + 1, 1, 5 + random.nextInt(22));

        String shortName = agency.endsWith("人民政府") ? "全" + areaWord(agency) : "本机关";
        if (random.nextBoolean()) {
            text.line(agency + year + "年度政府信息公开工作年度报告");
        } else {
            text.line(agency).line(year + "年度政府信息公开工作年度报告");
        }
        text.line("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布" + agency + year
                + "年度政府信息公开工作年度报告。本报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。");
        text.line("一、总体情况");
        text.line(year + "年，" + shortName + "坚持以人民为中心的发展思想，认真落实《条例》各项要求，全年主动公开政府信息"
                + text.number(200 + random.nextInt(6000)) + "条。");
        List<String> overview = new ArrayList<>();
        for (int p = 0; p < 3; p++) overview.add(phrase(OVERVIEW, picks.get(p)));
        text.line("（一）主动公开。" + overview.get(0));
        text.line("（二）依申请公开。全年新收政府信息公开申请" + statedReceived + "件，均在法定期限内答复。"
                + overview.get(1));
        text.line("（三）政府信息管理。" + overview.get(2));
        text.line("二、主动公开政府信息情况");
        text.activeTable(cells, format);
        text.line("三、收到和处理政府信息公开申请情况");
        text.requestTable(cells, format);
        text.line("四、政府信息公开行政复议、行政诉讼情况");
        text.appealTable(cells);
        text.line("五、存在的主要问题及改进情况");
        if (defect == Defect.BOILERPLATE_PROBLEMS) {
            text.line(random.nextBoolean() ? "无。" : "我单位将继续加强政府信息公开工作，不断提升公开质量和水平。");
        } else {
            text.line(year + "年，" + shortName + "政府信息公开工作取得了一定成效，但仍存在一些不足：一是" + phrase(PROBLEMS, picks.get(3))
                    + "二是" + phrase(PROBLEMS, picks.get(4)));
        }
        text.line("六、其他需要报告的事项");
        text.line("本年度未收取信息处理费。" + phrase(OTHER, picks.get(5)));
        if (defect == Defect.REPEATED_PARAGRAPH) text.line(overview.get(0));
        text.line(agency);
        text.line(publishedOn.getYear() + "年" + publishedOn.getMonthValue() + "月" + publishedOn.getDayOfMonth() + "日");

        String fileName = String.format("%05d_%s_%d.txt", index, regionCode, year);
        return new Report(index, fileName, text.toString().getBytes(StandardCharsets.UTF_8), agency, regionCode, year,
                format, publishedOn, Collections.unmodifiableMap(cells), defect, previous);
    }

    private static String areaWord(String agency) {
        return agency.contains("县") ? "县" : agency.contains("区") ? "区" : "市";
    }

    // ---- the model --------------------------------------------------------------------------------------

    private void activeTable(Map<String, BigDecimal> cells, FormatVersion format, Stocks stocks, boolean government) {
        int regulationsIssued = government && random.nextInt(5) == 0 ? random.nextInt(3) : 0;
        int regulationsRepealed = Math.min(stocks.regulations, random.nextInt(6) == 0 ? 1 : 0);
        int docsIssued = random.nextInt(16);
        int docsRepealed = Math.min(stocks.normativeDocs, random.nextInt(6));
        stocks.regulations += regulationsIssued - regulationsRepealed;
        stocks.normativeDocs += docsIssued - docsRepealed;
        int scale = government ? 4 : 1;
        if (format == FormatVersion.F2021) {
            put(cells, "active.regulations.issued", regulationsIssued);
            put(cells, "active.regulations.repealed", regulationsRepealed);
            put(cells, "active.regulations.in_force", stocks.regulations);
            put(cells, "active.normative_docs.issued", docsIssued);
            put(cells, "active.normative_docs.repealed", docsRepealed);
            put(cells, "active.normative_docs.in_force", stocks.normativeDocs);
            put(cells, "active.licensing.decisions", random.nextInt(1500 * scale));
            put(cells, "active.punishment.decisions", random.nextInt(600 * scale));
            put(cells, "active.enforcement.decisions", random.nextInt(40 * scale));
            cells.put("active.fees.amount_wan", random.nextInt(4) == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(random.nextInt(5_000_000), random.nextInt(4) + 1).stripTrailingZeros());
        } else {
            put(cells, "active.regulations.made", regulationsIssued);
            put(cells, "active.regulations.published", regulationsIssued);
            put(cells, "active.regulations.total", stocks.regulations);
            int published = Math.max(0, docsIssued - (random.nextInt(4) == 0 ? 1 : 0));
            put(cells, "active.normative_docs.made", docsIssued);
            put(cells, "active.normative_docs.published", published);
            put(cells, "active.normative_docs.total", stocks.normativeDocs);
            for (String item : List.of("licensing", "other_services", "punishment", "enforcement")) {
                put(cells, "active." + item + ".prev_items", random.nextInt(200));
                put(cells, "active." + item + ".change", random.nextInt(31) - 15);
                put(cells, "active." + item + ".decisions", random.nextInt(900 * scale));
            }
            put(cells, "active.fees.prev_items", random.nextInt(12));
            put(cells, "active.fees.change", random.nextInt(5) - 2);
            put(cells, "active.procurement.projects", random.nextInt(40));
            cells.put("active.procurement.amount_wan", BigDecimal.valueOf(random.nextInt(2_000_000), 2).stripTrailingZeros());
        }
    }

    /** Rows of table 三 below 二, with the outcome weights (in parts of 100). */
    private static final List<String> OUTCOMES = List.of("granted", "partial", "denied.state_secret",
            "denied.law_prohibited", "denied.three_safety", "denied.third_party", "denied.internal_affairs",
            "denied.process_info", "denied.enforcement_file", "denied.query_matter", "unable.not_held",
            "unable.need_create", "unable.unclear", "not_processed.petition", "not_processed.duplicate",
            "not_processed.publication", "not_processed.excessive", "not_processed.confirm",
            "other.overdue_correction", "other.overdue_fee", "other.other");
    private static final int[] WEIGHTS = {42, 10, 1, 1, 1, 2, 1, 3, 1, 2, 18, 3, 2, 3, 2, 1, 1, 1, 2, 1, 2};

    static List<String> outcomes(FormatVersion format) {
        if (format == FormatVersion.F2021) return OUTCOMES;
        List<String> rows = new ArrayList<>(OUTCOMES.subList(0, 18));
        rows.add("other.all");
        return rows;
    }

    private void requestTable(Map<String, BigDecimal> cells, FormatVersion format, Stocks stocks, boolean government) {
        List<String> outcomes = outcomes(format);
        int[][] outcome = new int[outcomes.size()][6];
        int[] received = new int[6];
        int[] carriedForward = new int[6];
        int busy = government ? 1 + random.nextInt(80) : random.nextInt(12);
        for (int c = 0; c < 6; c++) {
            received[c] = c == 0 ? random.nextInt(busy + 1) : random.nextInt(6) == 0 ? random.nextInt(1 + busy / 6) : 0;
            int open = received[c] + stocks.carried[c];
            carriedForward[c] = open == 0 || random.nextInt(3) > 0 ? 0 : random.nextInt(Math.min(open, 4) + 1);
            for (int n = open - carriedForward[c]; n > 0; n--) outcome[weighted(outcomes.size())][c]++;
        }
        row(cells, "apply.new", received);
        row(cells, "apply.carried_over", stocks.carried);
        int[] handled = new int[6];
        for (int r = 0; r < outcomes.size(); r++) {
            row(cells, "apply." + outcomes.get(r), outcome[r]);
            for (int c = 0; c < 6; c++) handled[c] += outcome[r][c];
        }
        row(cells, "apply.total", handled);
        row(cells, "apply.carried_forward", carriedForward);
        stocks.carried = carriedForward;
    }

    private int weighted(int rows) {
        int total = 0;
        for (int r = 0; r < rows; r++) total += r < 18 ? WEIGHTS[r] : rows == 19 ? 5 : WEIGHTS[r];
        int at = random.nextInt(total);
        for (int r = 0; r < rows; r++) {
            at -= r < 18 ? WEIGHTS[r] : rows == 19 ? 5 : WEIGHTS[r];
            if (at < 0) return r;
        }
        return 0;
    }

    private void appealTable(Map<String, BigDecimal> cells) {
        for (String group : List.of("review", "litigation_direct", "litigation_after_review")) {
            int sum = 0;
            for (String result : List.of("upheld", "corrected", "other", "pending")) {
                int n = random.nextInt(4) == 0 ? random.nextInt(result.equals("upheld") ? 6 : 2) : 0;
                put(cells, group + "." + result, n);
                sum += n;
            }
            put(cells, group + ".total", sum);
        }
    }

    private static void row(Map<String, BigDecimal> cells, String prefix, int[] values) {
        int total = 0;
        for (int c = 0; c < 6; c++) {
            put(cells, prefix + "." + COLUMNS.get(c), values[c]);
            total += values[c];
        }
        put(cells, prefix + ".total", total);
    }

    private static void put(Map<String, BigDecimal> cells, String key, int value) {
        cells.put(key, BigDecimal.valueOf(value));
    }

    // ---- the narrative ----------------------------------------------------------------------------------

    /** Three overview phrases, two problems, one other matter: none of them used by the year before. */
    private List<Integer> pickPhrases(List<Integer> last) {
        List<Integer> picks = new ArrayList<>();
        int[][] pools = {{OVERVIEW.size(), 3}, {PROBLEMS.size(), 2}, {OTHER.size(), 1}};
        int offset = 0;
        for (int[] pool : pools) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < pool[0]; i++) {
                if (!last.subList(Math.min(offset, last.size()), Math.min(offset + pool[1], last.size())).contains(i)) candidates.add(i);
            }
            Collections.shuffle(candidates, random);
            picks.addAll(candidates.subList(0, pool[1]));
            offset += pool[1];
        }
        return List.copyOf(picks);
    }

    private String phrase(List<String> pool, int index) {
        return pool.get(index).replace("{n}", Integer.toString(2 + random.nextInt(60)));
    }

    private static final List<String> OVERVIEW = List.of(
            "围绕重点工作做好政策发布与解读，发布政策解读材料{n}篇。",
            "坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。",
            "通过政府门户网站、政务新媒体和公开栏等渠道同步发布信息，全年更新门户网站栏目信息{n}条。",
            "组织召开政务公开工作推进会{n}次，对年度重点任务逐项分解落实。",
            "开展政府开放日活动{n}场，邀请群众代表走进机关了解政务运行。",
            "加强政府信息管理，对历年文件进行梳理，在线公开历史文件目录。",
            "依托政务新媒体矩阵发布权威信息{n}条，及时回应社会关切。",
            "严格落实信息发布“三审”制度，防止泄露国家秘密和敏感信息。",
            "规范依申请公开办理流程，实行登记、审核、答复全程留痕管理。",
            "推进基层政务公开标准化规范化建设，完善公开事项目录和公开标准。",
            "在办事大厅设置政务公开专区，为群众提供查阅服务{n}人次。",
            "聚焦财政预决算、重大建设项目和公共资源配置等领域，做好重点领域信息公开。",
            "开展网站内容保障和错敏信息检查，发现并整改问题{n}处。",
            "把政务公开纳入年度绩效考核，压实各科室公开责任。",
            "做好人大代表建议和政协提案办理结果公开，全文公开办理复函。",
            "通过热线电话和网上信箱答复群众咨询{n}次，回复率达到百分之百。",
            "完善政策解读机制，采用图解、视频和问答等形式解读重要政策。",
            "加强政府网站和政务新媒体安全防护，完成网站安全等级保护测评。");

    private static final List<String> PROBLEMS = List.of(
            "政策解读的形式还不够丰富，下一步将建立图解和视频解读制度；",
            "部分栏目信息更新不够及时，下一步将建立栏目更新季度检查制度；",
            "工作人员业务能力有待提高，计划组织专题培训{n}次；",
            "依申请公开答复的规范性有待加强，将制定答复文书范本；",
            "基层政务公开标准化建设推进不平衡，将开展专项督查；",
            "政务新媒体互动回应不够及时，将健全留言办理台账；",
            "公开内容与群众需求契合度不高，将梳理高频关注事项并设立专栏；",
            "历史文件清理工作进展较慢，将完善历史文件目录；",
            "主动公开目录不够细化，将修订主动公开基本目录；",
            "政策文件与解读材料同步发布不够到位，将建立发布联动机制；",
            "信息发布审核把关仍有薄弱环节，将开展季度检查并通报结果；",
            "公开平台检索功能较弱，将推动网站改版并优化搜索服务；");

    private static final List<String> OTHER = List.of(
            "本机关落实上级年度政务公开工作要点情况已在政府门户网站专栏公开。",
            "本年度人大代表建议和政协提案办理结果均已按要求公开。",
            "本机关政务公开工作年度考核情况已在门户网站公布。",
            "本机关政府信息公开工作机构设置和人员配备情况保持稳定。",
            "本年度政务公开专项经费已纳入部门预算统一保障。",
            "本机关政府信息公开指南已根据机构职能调整情况及时更新。",
            "本年度政府开放日活动情况已通过政务新媒体向社会公布。",
            "本机关对上年度报告中指出的问题已全部完成整改。");

    // ---- the text -----------------------------------------------------------------------------------------

    /** The report as a converter prints it: paragraphs as lines, table rows tab-separated, merged slots empty. */
    private static final class Text {
        private final StringBuilder out = new StringBuilder(8192);
        private final boolean thousands;

        Text(boolean thousands) {
            this.thousands = thousands;
        }

        Text line(String text) {
            out.append(text).append('\n');
            return this;
        }

        private void row(String... slots) {
            line(String.join("\t", slots));
        }

        String number(int value) {
            return thousands && value >= 1000 ? String.format("%,d", value) : Integer.toString(value);
        }

        private String cell(Map<String, BigDecimal> cells, String key) {
            BigDecimal value = cells.get(key);
            if (value.scale() > 0) return value.toPlainString();
            return number(value.intValueExact());
        }

        private String signed(Map<String, BigDecimal> cells, String key) {
            int value = cells.get(key).intValueExact();
            return value > 0 ? "+" + value : Integer.toString(value);
        }

        void activeTable(Map<String, BigDecimal> cells, FormatVersion format) {
            if (format == FormatVersion.F2021) {
                row("第二十条第（一）项", "", "", "");
                row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
                for (String[] item : new String[][] {{"规章", "regulations"}, {"行政规范性文件", "normative_docs"}}) {
                    row(item[0], cell(cells, "active." + item[1] + ".issued"), cell(cells, "active." + item[1] + ".repealed"),
                            cell(cells, "active." + item[1] + ".in_force"));
                }
                row("第二十条第（五）项", "", "", "");
                row("信息内容", "本年处理决定数量", "", "");
                row("行政许可", cell(cells, "active.licensing.decisions"), "", "");
                row("第二十条第（六）项", "", "", "");
                row("信息内容", "本年处理决定数量", "", "");
                row("行政处罚", cell(cells, "active.punishment.decisions"), "", "");
                row("行政强制", cell(cells, "active.enforcement.decisions"), "", "");
                row("第二十条第（八）项", "", "", "");
                row("信息内容", "本年收费金额（单位：万元）", "", "");
                row("行政事业性收费", cell(cells, "active.fees.amount_wan"), "", "");
            } else {
                row("第二十条第（一）项", "", "", "");
                row("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
                for (String[] item : new String[][] {{"规章", "regulations"}, {"规范性文件", "normative_docs"}}) {
                    row(item[0], cell(cells, "active." + item[1] + ".made"), cell(cells, "active." + item[1] + ".published"),
                            cell(cells, "active." + item[1] + ".total"));
                }
                row("第二十条第（五）项", "", "", "");
                row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
                changeRow(cells, "行政许可", "licensing");
                changeRow(cells, "其他对外管理服务事项", "other_services");
                row("第二十条第（六）项", "", "", "");
                row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
                changeRow(cells, "行政处罚", "punishment");
                changeRow(cells, "行政强制", "enforcement");
                row("第二十条第（八）项", "", "");
                row("信息内容", "上一年项目数量", "本年增/减");
                row("行政事业性收费", cell(cells, "active.fees.prev_items"), signed(cells, "active.fees.change"));
                row("第二十条第（九）项", "", "");
                row("信息内容", "采购项目数量", "采购总金额");
                BigDecimal wan = cells.get("active.procurement.amount_wan");
                BigDecimal yuan = wan.movePointRight(4);
                String amount = (out.length() & 1) == 0 ? yuan.stripTrailingZeros().toPlainString() + "元"
                        : wan.toPlainString() + "万元";
                row("政府集中采购", cell(cells, "active.procurement.projects"), amount);
            }
        }

        private void changeRow(Map<String, BigDecimal> cells, String label, String item) {
            row(label, cell(cells, "active." + item + ".prev_items"), signed(cells, "active." + item + ".change"),
                    cell(cells, "active." + item + ".decisions"));
        }

        void requestTable(Map<String, BigDecimal> cells, FormatVersion format) {
            row("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", "");
            row("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计");
            row("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
            requestRow(cells, "new", "一、本年新收政府信息公开申请数量", "", "");
            requestRow(cells, "carried_over", "二、上年结转政府信息公开申请数量", "", "");
            requestRow(cells, "granted", "三、本年度办理结果", "（一）予以公开", "");
            requestRow(cells, "partial", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "");
            String[][] labels = {
                    {"denied.state_secret", "（三）不予公开", "1.属于国家秘密"},
                    {"denied.law_prohibited", "", "2.其他法律行政法规禁止公开"},
                    {"denied.three_safety", "", "3.危及“三安全一稳定”"},
                    {"denied.third_party", "", "4.保护第三方合法权益"},
                    {"denied.internal_affairs", "", "5.属于三类内部事务信息"},
                    {"denied.process_info", "", "6.属于四类过程性信息"},
                    {"denied.enforcement_file", "", "7.属于行政执法案卷"},
                    {"denied.query_matter", "", "8.属于行政查询事项"},
                    {"unable.not_held", "（四）无法提供", "1.本机关不掌握相关政府信息"},
                    {"unable.need_create", "", "2.没有现成信息需要另行制作"},
                    {"unable.unclear", "", "3.补正后申请内容仍不明确"},
                    {"not_processed.petition", "（五）不予处理", "1.信访举报投诉类申请"},
                    {"not_processed.duplicate", "", "2.重复申请"},
                    {"not_processed.publication", "", "3.要求提供公开出版物"},
                    {"not_processed.excessive", "", "4.无正当理由大量反复申请"},
                    {"not_processed.confirm", "", "5.要求行政机关确认或重新出具已获取信息"}};
            for (String[] label : labels) requestRow(cells, label[0], "", label[1], label[2]);
            if (format == FormatVersion.F2021) {
                requestRow(cells, "other.overdue_correction", "", "（六）其他处理",
                        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
                requestRow(cells, "other.overdue_fee", "", "",
                        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
                requestRow(cells, "other.other", "", "", "3.其他");
            } else {
                requestRow(cells, "other.all", "", "（六）其他处理", "");
            }
            requestRow(cells, "total", "", "（七）总计", "");
            requestRow(cells, "carried_forward", "四、结转下年度继续办理", "", "");
        }

        private void requestRow(Map<String, BigDecimal> cells, String row, String... labels) {
            List<String> slots = new ArrayList<>(List.of(labels));
            for (String column : COLUMNS) slots.add(cell(cells, "apply." + row + "." + column));
            slots.add(cell(cells, "apply." + row + ".total"));
            row(slots.toArray(String[]::new));
        }

        void appealTable(Map<String, BigDecimal> cells) {
            row("行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", "");
            row("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", "");
            row("", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果",
                    "尚未审结", "总计");
            List<String> values = new ArrayList<>();
            for (String group : List.of("review", "litigation_direct", "litigation_after_review")) {
                for (String result : List.of("upheld", "corrected", "other", "pending", "total")) {
                    values.add(cell(cells, group + "." + result));
                }
            }
            row(values.toArray(String[]::new));
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    // ---- the places ---------------------------------------------------------------------------------------

    private static List<Place> placesIn(Collection<String> regions) {
        Map<String, String> cities = new LinkedHashMap<>();
        readDivisions("city.csv", (code, name) -> cities.put(code, name));
        List<Place> places = new ArrayList<>();
        // prefectures named 地区, 盟 or 自治州 have no city word the parser keys on: only cities and their counties
        cities.values().removeIf(name -> !name.endsWith("市"));
        cities.forEach((code, name) -> {
            if (RegionCodes.coveredByAny(regions, code)) places.add(new Place(code, name));
        });
        readDivisions("area.csv", (code, name) -> {
            String city = cities.get(code.substring(0, 4) + "00");
            if (city != null && RegionCodes.coveredByAny(regions, code)) places.add(new Place(code, city + name));
        });
        return places;
    }

    private static void readDivisions(String file, java.util.function.BiConsumer<String, String> row) {
        String resource = "/org/disclosure/contracts/gb2260/" + file;
        try (InputStream in = ReportGenerator.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split(",");
                if (columns.length >= 2) row.accept(columns[0], columns[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
