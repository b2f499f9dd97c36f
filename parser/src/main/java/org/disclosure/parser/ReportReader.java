package org.disclosure.parser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;
import org.disclosure.parser.internal.report.AgencyNamer;
import org.disclosure.parser.internal.report.FieldBounds;
import org.disclosure.parser.internal.report.ParagraphCollector;
import org.disclosure.parser.internal.report.PublicationDateReader;
import org.disclosure.parser.internal.report.RegionResolver;
import org.disclosure.parser.internal.report.ReportSection;
import org.disclosure.parser.internal.report.SectionLayout;
import org.disclosure.parser.internal.report.SectionLocator;
import org.disclosure.parser.internal.report.TitleReader;
import org.disclosure.parser.internal.table.CellRecorder;
import org.disclosure.parser.internal.table.FormatDetector;
import org.disclosure.parser.internal.table.LabelDeviationDetector;
import org.disclosure.parser.internal.table.StandardTables;
import org.disclosure.parser.internal.table.TableReader;
import org.disclosure.parser.internal.table.TableReading;
import org.disclosure.parser.internal.text.LineRange;
import org.disclosure.parser.internal.text.SourceDocument;

/** Reads one report text into the canonical model: sections, tables, title facts and narrative. */
final class ReportReader {

    private final RegionResolver regions;

    ReportReader(RegionResolver regions) {
        this.regions = regions;
    }

    ParseResult read(String text) {
        SourceDocument document = SourceDocument.of(text);
        SectionLayout layout = SectionLocator.locate(document);
        LineRange activeRange = layout.rangeOf(ReportSection.ACTIVE);
        LineRange requestsRange = layout.rangeOf(ReportSection.REQUESTS);
        FormatVersion format = FormatDetector.detect(document, activeRange, requestsRange);

        TableReading active = TableReader.read(document, activeRange, StandardTables.active(format));
        TableReading requests = TableReader.read(document, requestsRange, StandardTables.requests());
        TableReading appeals = TableReader.read(document, layout.rangeOf(ReportSection.APPEALS), StandardTables.appeals());
        List<TableReading> tables = List.of(active, requests, appeals);

        if (!text.contains("政府信息公开") && layout.foundIds().size() < 2) return Failures.NOT_A_REPORT;
        if (tables.stream().allMatch(TableReading::isEmpty)) {
            return layout.foundIds().size() < 2 ? Failures.NOT_A_REPORT : Failures.TABLES_NOT_FOUND;
        }

        CellRecorder recorder = new CellRecorder(format);
        for (TableReading table : tables) {
            if (table.isEmpty()) recorder.tableMissing(table.spec().table());
            else recorder.record(table);
        }
        LabelDeviationDetector.detect(document, tables).forEach(recorder::issue);

        TitleReader.Title title = TitleReader.read(document, layout);
        String signature = AgencyNamer.fromSignature(document);
        String titledAgency = AgencyNamer.fromTitle(title.issuer());
        RegionResolver.Resolution resolution = resolveRegion(text, title, titledAgency, signature);
        Region region = resolution == null ? null : resolution.region();
        if (resolution != null && resolution.corrected() != null) {
            recorder.issue(new ParseIssue(ParseIssueKind.PLACE_NAME_CORRECTED, null, List.of("region"),
                    resolution.corrected(), resolution.printed(), null));
        }
        FieldBounds.Bounded agency = FieldBounds.agency(titledAgency != null ? titledAgency
                : signature != null ? signature
                : AgencyNamer.fromPlace(title.issuer(), region));
        if (agency.issue() != null) recorder.issue(agency.issue());

        return new ParseResult.Success(new ParsedReport(agency.value(), region, title.year(), format,
                PublicationDateReader.read(document), layout.foundIds(), inCatalogOrder(recorder.cells()),
                recorder.sources(), List.copyOf(recorder.issues()),
                ParagraphCollector.collect(document, layout, tables)));
    }

    /** The region {@link #read} finds, from the title block and signature alone (no tables). */
    RegionReading readRegion(String text) {
        SourceDocument document = SourceDocument.of(text);
        SectionLayout layout = SectionLocator.locate(document);
        if (!text.contains("政府信息公开") && layout.foundIds().size() < 2) return RegionReading.failed(Failures.NOT_A_REPORT);
        TitleReader.Title title = TitleReader.read(document, layout);
        RegionResolver.Resolution resolution = resolveRegion(text, title, AgencyNamer.fromTitle(title.issuer()),
                AgencyNamer.fromSignature(document));
        return RegionReading.of(resolution == null ? null : resolution.region());
    }

    /** The title's name first; the signature only when the title names no known place. */
    private RegionResolver.Resolution resolveRegion(String text, TitleReader.Title title, String titledAgency, String signature) {
        String context = text.length() > 4000 ? text.substring(0, 4000) : text;
        RegionResolver.Resolution region = regions.resolveSpelling(titledAgency != null ? titledAgency : title.issuer(), context);
        if (region == null && signature != null) region = regions.resolveSpelling(signature, context);
        if (region == null) region = regions.resolveSpelling(title.text(), context);
        return region;
    }

    private static Map<String, BigDecimal> inCatalogOrder(Map<String, BigDecimal> cells) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (CellDefinition definition : CellCatalog.standard().all()) {
            if (cells.containsKey(definition.key())) ordered.put(definition.key(), cells.get(definition.key()));
        }
        List<String> unknown = new ArrayList<>(cells.keySet());
        unknown.removeAll(ordered.keySet());
        for (String key : unknown) ordered.put(key, cells.get(key));
        return ordered;
    }
}
