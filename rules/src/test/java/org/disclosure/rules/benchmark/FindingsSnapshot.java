package org.disclosure.rules.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Sections;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;

/**
 * Writes every finding (all fields, messages included) of several thousand validations to a file, one JSON line per
 * validation, so that two versions of the rules can be compared byte for byte: a change that is only meant to make
 * the rules cheaper must leave the file identical. The reports are the five samples and variants of them made with a
 * fixed seed: cells changed, blanked, removed, made negative or fractional; narratives with figures changed,
 * paragraphs doubled or taken from another sample, statements of none, counts in full-width digits, spaces or
 * markdown, another year named, section 五 emptied; each validated without a previous year, against a previous year
 * that is its own copy (distinct String objects, as decoded from JSON), against another report of the year before,
 * against a report of the wrong year, and against the same objects (as in {@link ValidatorBenchmark}).
 *
 * <pre>
 * ./mvnw -o -q -pl rules -am test-compile -Djazzer.skip=true
 * java -cp "$(cat rules/target/classpath.txt)" org.disclosure.rules.benchmark.FindingsSnapshot target/findings.jsonl
 * </pre>
 * (README "Benchmark" has the full command.)
 */
public final class FindingsSnapshot {

    private static final int VARIANTS = 60;
    private static final String[] INSERTED = {
        "本年度未收到政府信息公开申请。",
        "全年共受理政府信息公开申请２５件，办结２３件。",
        "全年 共受理 政府信息公开申请 25 件，其中自然人申请20件。",
        "**本年新收政府信息公开申请13件**，上年结转2件，结转下年度继续办理1件。",
        "本年度发生政府信息公开行政复议案件2件、行政诉讼案件1件。",
        "未发生政府信息公开行政复议、行政诉讼案件。",
        "2019年共受理申请7件，同比增长10%。",
        "本年制发规范性文件4份，废止2件，现行有效规章11件。",
        "作出行政处罚决定 1207 件，行政许可决定 55 件。",
        "受理行政许可申请 4568 件，办结 4568 件。",
        "紧紧围绕区委区政府中心工作，紧紧围绕区委区政府中心工作，扎实推进政务公开。",
        "予以公开3件，部分公开1件，不予公开2件。",
    };

    private FindingsSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/findings.jsonl");
        Path samples = Path.of(args.length > 1 ? args[1] : System.getProperty("samples.dir", "../samples"));
        List<ParsedReport> originals = parseSamples(samples);
        List<ParsedReport> reports = new ArrayList<>();
        for (int s = 0; s < originals.size(); s++) {
            for (int v = 0; v < VARIANTS; v++) {
                reports.add(v == 0 ? originals.get(s) : variant(originals, s, new Random(s * 1_000L + v)));
            }
        }
        Validator validator = new Validator();
        Files.createDirectories(out.toAbsolutePath().getParent());
        int lines = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < reports.size(); i++) {
                ParsedReport report = reports.get(i);
                ParsedReport other = reports.get((i + VARIANTS + 7) % reports.size());
                LocalDate submitted = i % 3 == 0 ? null : LocalDate.of(2022, 1 + i % 6, 1 + i % 27);
                List<ValidationContext> contexts = List.of(
                        ValidationContext.none(),
                        new ValidationContext(null, submitted),
                        new ValidationContext(copy(yearBefore(report, 1), true), submitted),
                        new ValidationContext(copy(yearBefore(other, report.year() == null || other.year() == null ? 1
                                : other.year() - report.year() + 1), true), submitted),
                        new ValidationContext(copy(yearBefore(report, 2), true), submitted),
                        new ValidationContext(yearBefore(report, 1), submitted));
                for (int c = 0; c < contexts.size(); c++) {
                    List<Finding> findings = validator.validate(report, contexts.get(c));
                    writer.write(i + "/" + c + "\t" + CanonicalJson.write(findings));
                    writer.newLine();
                    lines++;
                }
            }
        }
        System.out.printf("%d validations of %d reports written to %s%n", lines, reports.size(), out.toAbsolutePath());
    }

    private static List<ParsedReport> parseSamples(Path dir) throws IOException {
        ReportParser parser = new ReportParser();
        List<ParsedReport> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                reports.add(((ParseResult.Success) parser.parse(Files.readAllBytes(file))).report());
            }
        }
        return reports;
    }

    /** One to four random edits of sample {@code s}. */
    private static ParsedReport variant(List<ParsedReport> originals, int s, Random random) {
        ParsedReport report = originals.get(s);
        Map<String, BigDecimal> cells = new LinkedHashMap<>(report.cells());
        List<Paragraph> paragraphs = new ArrayList<>(report.paragraphs());
        String agency = report.agency();
        Integer year = report.year();
        LocalDate publishedOn = report.publishedOn();
        List<String> sections = report.sections();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            List<String> keys = new ArrayList<>(cells.keySet());
            String key = keys.isEmpty() ? null : keys.get(random.nextInt(keys.size()));
            int at = paragraphs.isEmpty() ? 0 : random.nextInt(paragraphs.size());
            switch (random.nextInt(14)) {
                case 0 -> {
                    if (key != null && cells.get(key) != null) cells.put(key, cells.get(key).add(BigDecimal.valueOf(1 + random.nextInt(5))));
                }
                case 1 -> {
                    if (key != null) cells.put(key, null);
                }
                case 2 -> {
                    if (key != null) cells.remove(key);
                }
                case 3 -> {
                    if (key != null) cells.put(key, random.nextBoolean() ? BigDecimal.valueOf(-3) : new BigDecimal("2.5"));
                }
                case 4 -> {
                    if (!paragraphs.isEmpty()) {
                        Paragraph p = paragraphs.get(at);
                        paragraphs.set(at, new Paragraph(p.section(), p.line(),
                                p.text().replaceFirst("\\d+", String.valueOf(random.nextInt(300)))));
                    }
                }
                case 5 -> {
                    if (!paragraphs.isEmpty()) {
                        Paragraph p = paragraphs.get(at);
                        paragraphs.add(Math.min(at + 1 + random.nextInt(3), paragraphs.size()),
                                new Paragraph(p.section(), p.line() + 1000, p.text()));
                    }
                }
                case 6, 7 -> {
                    String section = random.nextBoolean() ? Sections.REQUESTS : Sections.OVERVIEW;
                    paragraphs.add(at, new Paragraph(section, 2000 + at, INSERTED[random.nextInt(INSERTED.length)]));
                }
                case 8 -> {
                    if (!paragraphs.isEmpty()) {
                        Paragraph p = paragraphs.get(at);
                        paragraphs.set(at, new Paragraph(p.section(), p.line(), p.text().replace("2020", "2019").replace("2021", "2018")));
                    }
                }
                case 9 -> {
                    boolean none = random.nextBoolean();
                    paragraphs.removeIf(p -> Sections.PROBLEMS.equals(p.section()) && !p.text().contains("五"));
                    if (!none) paragraphs.add(new Paragraph(Sections.PROBLEMS, 3000, random.nextBoolean() ? "无。" : "进一步加强公开工作，提升公开质量。"));
                }
                case 10 -> {
                    ParsedReport other = originals.get((s + 1 + random.nextInt(originals.size() - 1)) % originals.size());
                    if (!other.paragraphs().isEmpty() && !paragraphs.isEmpty()) {
                        paragraphs.set(at, other.paragraphs().get(random.nextInt(other.paragraphs().size())));
                    }
                }
                case 11 -> {
                    publishedOn = random.nextBoolean() ? null : LocalDate.of(2022, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    agency = switch (random.nextInt(4)) {
                        case 0 -> null;
                        case 1 -> "某某市人民政府";
                        case 2 -> "某某市人民政府办公室";
                        default -> agency;
                    };
                }
                case 12 -> {
                    year = year == null ? 2021 : year + (random.nextBoolean() ? 1 : -2);
                    if (random.nextInt(4) == 0) sections = sections.stream().filter(x -> !x.equals(Sections.OTHER)).toList();
                }
                default -> {
                    if (!paragraphs.isEmpty()) {
                        Paragraph p = paragraphs.get(at);
                        paragraphs.set(at, new Paragraph(p.section(), p.line(), p.text() + " " + p.text().replace('，', ',') + "　"));
                    }
                }
            }
        }
        return new ParsedReport(agency, report.region(), year, report.format(), publishedOn, sections, cells,
                report.sources(), report.issues(), List.copyOf(paragraphs));
    }

    /** The report as the agency's report of {@code yearsEarlier} years before, its carried-forward figure changed. */
    private static ParsedReport yearBefore(ParsedReport report, int yearsEarlier) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>(report.cells());
        cells.computeIfPresent("apply.carried_forward.total", (key, value) -> value == null ? null : value.add(BigDecimal.ONE));
        return new ParsedReport(report.agency(), report.region(), report.year() == null ? null : report.year() - yearsEarlier,
                report.format(), report.publishedOn(), report.sections(), cells, report.sources(), report.issues(),
                report.paragraphs());
    }

    /** The same report with every text a String object of its own, as two decodings of the same JSON give. */
    private static ParsedReport copy(ParsedReport report, boolean distinct) {
        if (!distinct) return report;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph p : report.paragraphs()) paragraphs.add(new Paragraph(p.section(), p.line(), new String(p.text())));
        return new ParsedReport(report.agency(), report.region(), report.year(), report.format(), report.publishedOn(),
                report.sections(), report.cells(), report.sources(), report.issues(), List.copyOf(paragraphs));
    }
}
