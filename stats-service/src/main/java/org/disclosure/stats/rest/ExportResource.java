package org.disclosure.stats.rest;

import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.mapping.CsvWriter;
import org.disclosure.stats.mapping.ExportTable;
import org.disclosure.stats.mapping.ExportTables;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.mapping.XlsxWriter;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.IndicatorService;
import org.disclosure.stats.service.ReportService;
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
        return reportTable(parameters).map(table -> file(CsvWriter.write(table), CSV, "reports.csv"));
    }

    @GET
    @Path("/reports.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The report list with the list's filters, as an Excel workbook")
    public Uni<Response> reportsXlsx(@BeanParam ReportListParameters parameters) {
        return asWorkbook(reportTable(parameters), "reports.xlsx");
    }

    @GET
    @Path("/indicators.csv")
    @Produces(CSV)
    @Operation(summary = "The indicator table with the same level, year and region, as CSV")
    public Uni<Response> indicatorsCsv(@BeanParam IndicatorParameters parameters) {
        return indicatorTable(parameters).map(table -> file(CsvWriter.write(table), CSV, "indicators.csv"));
    }

    @GET
    @Path("/indicators.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The indicator table with the same level, year and region, as an Excel workbook")
    public Uni<Response> indicatorsXlsx(@BeanParam IndicatorParameters parameters) {
        return asWorkbook(indicatorTable(parameters), "indicators.xlsx");
    }

    private Uni<ExportTable> reportTable(ReportListParameters parameters) {
        return reports.list(parameters.filter(viewer.scope()), Page.ofSize(MAX_EXPORT_ROWS))
                .map(list -> ExportTables.reports(list.stream().map(mapper::toSummary).toList()));
    }

    private Uni<ExportTable> indicatorTable(IndicatorParameters parameters) {
        return indicators.byLevel(parameters.filter(viewer.scope()), parameters.aggregationLevel())
                .map(ExportTables::indicators);
    }

    /** Building a workbook is heavy CPU work (POI, zip): it leaves the event loop. */
    private static Uni<Response> asWorkbook(Uni<ExportTable> table, String fileName) {
        return table.emitOn(Infrastructure.getDefaultWorkerPool())
                .map(workbook -> file(XlsxWriter.write(workbook), XLSX, fileName));
    }

    private static Response file(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
