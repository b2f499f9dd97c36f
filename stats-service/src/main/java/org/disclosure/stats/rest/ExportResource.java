package org.disclosure.stats.rest;

import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.mapping.CsvWriter;
import org.disclosure.stats.mapping.ExportTable;
import org.disclosure.stats.mapping.ExportTables;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.mapping.XlsxWriter;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.IndicatorService;
import org.disclosure.stats.service.ReportService;
import org.disclosure.stats.service.Workers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/exports")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Tag(name = "exports", description = "The report list and the indicator table as CSV (UTF-8 with BOM) or XLSX, Chinese column titles")
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** An export is one file, not a page; this bounds its size. */
    private static final int MAX_EXPORT_ROWS = 100_000;

    private final ReportService reports;
    private final IndicatorService indicators;
    private final ReportMapper mapper;
    private final Viewer viewer;

    public ExportResource(ReportService reports, IndicatorService indicators, ReportMapper mapper, Viewer viewer) {
        this.reports = reports;
        this.indicators = indicators;
        this.mapper = mapper;
        this.viewer = viewer;
    }

    @GET
    @Path("/reports.csv")
    @Produces(CSV)
    @Operation(summary = "The report list with the list's filters, as CSV")
    public Uni<Response> reportsCsv(@BeanParam ReportListParameters parameters) {
        return export(reportTable(parameters), CsvWriter::write, CSV, "reports.csv");
    }

    @GET
    @Path("/reports.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The report list with the list's filters, as an Excel workbook")
    public Uni<Response> reportsXlsx(@BeanParam ReportListParameters parameters) {
        return export(reportTable(parameters), XlsxWriter::write, XLSX, "reports.xlsx");
    }

    @GET
    @Path("/indicators.csv")
    @Produces(CSV)
    @Operation(summary = "The indicator table with the same level, year and region, as CSV")
    public Uni<Response> indicatorsCsv(@BeanParam IndicatorParameters parameters) {
        return export(indicatorTable(parameters), CsvWriter::write, CSV, "indicators.csv");
    }

    @GET
    @Path("/indicators.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The indicator table with the same level, year and region, as an Excel workbook")
    public Uni<Response> indicatorsXlsx(@BeanParam IndicatorParameters parameters) {
        return export(indicatorTable(parameters), XlsxWriter::write, XLSX, "indicators.xlsx");
    }

    /** The list's summary columns, read on the Vert.x context; laid out on a worker. */
    private Uni<ExportTable> reportTable(ReportListParameters parameters) {
        return reports.list(parameters.filter(viewer.scope()), Page.ofSize(MAX_EXPORT_ROWS))
                .emitOn(Workers.pool())
                .map(list -> ExportTables.reports(list.stream().map(mapper::toSummary).toList()));
    }

    /** IndicatorService aggregates on a worker already. */
    private Uni<ExportTable> indicatorTable(IndicatorParameters parameters) {
        return indicators.byLevel(parameters.filter(viewer.scope()), parameters.aggregationLevel())
                .map(ExportTables::indicators);
    }

    /**
     * Writing up to {@value #MAX_EXPORT_ROWS} rows as CSV or a workbook (POI, zip) is heavy CPU work: it runs on a
     * worker, never on the event loop. The tables above are delivered there; emitOn makes sure of it.
     */
    private static Uni<Response> export(Uni<ExportTable> table, Function<ExportTable, byte[]> writer,
            String mediaType, String fileName) {
        return table.emitOn(Workers.pool()).map(ready -> file(writer.apply(ready), mediaType, fileName));
    }

    private static Response file(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
