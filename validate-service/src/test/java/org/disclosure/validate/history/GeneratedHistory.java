package org.disclosure.validate.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;

/**
 * Varied histories of many agencies, made from the five sample reports as the parser reads them: each agency has
 * its own name and province and two to four consecutive years; a year's carried-over requests mostly follow the
 * year before (Y01 passes) and sometimes do not (Y01 violated); some years have a second, later version whose
 * carried-forward figure differs (the later one is the previous year that counts); some reports have a planted
 * arithmetic defect or an edited narrative; and a few reports name no agency at all.
 */
public final class GeneratedHistory {

    private static final String[] PROVINCES = {"110000", "230000", "320000", "440000", "510000", "640000"};
    private static final String[] COLUMNS = {"natural", "commercial", "research", "social", "legal", "other", "total"};
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final List<ParsedReport> samples;
    private final String tag;

    /** {@code tag} makes the agencies' names unique to one run, so that other reports in the database are not their history. */
    public GeneratedHistory(Path samplesDir, String tag) {
        this.tag = tag;
        ReportParser parser = new ReportParser();
        try (Stream<Path> files = Files.list(samplesDir)) {
            samples = files.filter(file -> file.toString().endsWith(".txt")).sorted()
                    .map(file -> ((ParseResult.Success) parser.parse(read(file))).report()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every report of agency number {@code index} (by year, versions in arrival order). */
    public List<ReportParsed> agency(int index) {
        Random random = new Random(index * 7919L + 17);
        ParsedReport sample = samples.get(index % samples.size());
        String name = tag + "测试机关" + index + "局";
        SubmissionMetadata metadata = new SubmissionMetadata(null, PROVINCES[index % PROVINCES.length], null, null, null);
        int years = 2 + random.nextInt(3);
        int firstYear = 2021 + random.nextInt(2);
        List<ReportParsed> reports = new ArrayList<>();
        ParsedReport previous = null;
        for (int year = firstYear; year < firstYear + years; year++) {
            Map<String, BigDecimal> cells = new LinkedHashMap<>(sample.cells());
            if (previous != null) {
                boolean follows = random.nextInt(4) != 0;
                for (String column : COLUMNS) {
                    BigDecimal carried = previous.value("apply.carried_forward." + column);
                    if (carried != null) cells.put("apply.carried_over." + column,
                            follows ? carried : carried.add(BigDecimal.ONE));
                }
            }
            if (random.nextInt(5) == 0) cells.computeIfPresent("apply.new.natural", (key, value) -> value.add(BigDecimal.TEN));
            List<Paragraph> paragraphs = random.nextInt(3) == 0 ? edited(sample.paragraphs(), year) : sample.paragraphs();
            ParsedReport report = new ParsedReport(name, null, year, sample.format(), sample.publishedOn(),
                    sample.sections(), cells, sample.sources(), sample.issues(), paragraphs);
            Instant arrived = START.plus(index, ChronoUnit.MINUTES).plus(year - 2000, ChronoUnit.SECONDS);
            reports.add(event(index, report, metadata, arrived));
            if (random.nextInt(6) == 0) {
                // a corrected version, received later: its carried-forward figures are what the next year must match
                Map<String, BigDecimal> corrected = new LinkedHashMap<>(cells);
                corrected.computeIfPresent("apply.carried_forward.total", (key, value) -> value.add(BigDecimal.TWO));
                report = new ParsedReport(name, null, year, sample.format(), sample.publishedOn(), sample.sections(),
                        corrected, sample.sources(), sample.issues(), paragraphs);
                reports.add(event(index, report, metadata, arrived.plusMillis(500)));
            }
            previous = report;
        }
        if (index % 97 == 0) {
            // a report whose agency the parser could not read: no history, validated alone
            ParsedReport nameless = new ParsedReport(null, null, 2022, sample.format(), sample.publishedOn(),
                    sample.sections(), sample.cells(), sample.sources(), sample.issues(), sample.paragraphs());
            reports.add(event(index, nameless, SubmissionMetadata.empty(), START.plus(index, ChronoUnit.MINUTES)));
        }
        return reports;
    }

    private static ReportParsed event(int index, ParsedReport report, SubmissionMetadata metadata, Instant arrived) {
        return new ReportParsed(UUID.randomUUID(), "report-" + index + "-" + report.year() + ".txt", "0".repeat(64),
                metadata, report, arrived, 1);
    }

    /** The narrative with one paragraph rewritten for the year, so that not every year copies the one before. */
    private static List<Paragraph> edited(List<Paragraph> paragraphs, int year) {
        List<Paragraph> edited = new ArrayList<>(paragraphs);
        for (int i = 0; i < edited.size(); i++) {
            Paragraph paragraph = edited.get(i);
            if (paragraph.text().length() > 40) {
                edited.set(i, new Paragraph(paragraph.section(), paragraph.line(),
                        year + "年，本机关围绕年度重点任务新建了依申请公开登记台账，并组织了第" + (year % 7 + 1) + "次专题培训。"));
                break;
            }
        }
        return edited;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
