package org.disclosure.stats.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.function.Function;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.mapping.CsvWriter;
import org.disclosure.stats.mapping.ExportTable;
import org.disclosure.stats.mapping.TableWriter;
import org.disclosure.stats.mapping.XlsxWriter;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.AggregationLevel;
import org.disclosure.stats.service.ExportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The report exports stream: the file is written to the response while its rows are read, a page at a time (see
 * {@link ExportService}); the indicator table, aggregated in memory before it is written, is written in memory too
 * and sent whole (or sent again, {@code IndicatorFiles}).
 * The methods run on a worker ({@code @Blocking}): writing to the client blocks, which the event loop must never do.
 * Parameters are checked before the first byte, so a bad request is still a JSON 400.
 */
@Path("/api/exports")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Blocking
@Tag(name = "exports", description = "The report list and the indicator table as CSV (UTF-8 with BOM) or XLSX, Chinese column titles, streamed")
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExportService exports;
    private final Viewer viewer;

    public ExportResource(ExportService exports, Viewer viewer) {
        this.exports = exports;
        this.viewer = viewer;
    }

    @GET
    @Path("/reports.csv")
    @Produces(CSV)
    @Operation(summary = "The report list with the list's filters, as CSV")
    public Response reportsCsv(@BeanParam ReportListParameters parameters) {
        return reports(parameters, CsvWriter::to, CSV, "reports.csv");
    }

    @GET
    @Path("/reports.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The report list with the list's filters, as an Excel workbook")
    public Response reportsXlsx(@BeanParam ReportListParameters parameters) {
        return reports(parameters, XlsxWriter::to, XLSX, "reports.xlsx");
    }

    @GET
    @Path("/indicators.csv")
    @Produces(CSV)
    @Operation(summary = "The indicator table with the same level, year and region, as CSV")
    public Response indicatorsCsv(@BeanParam IndicatorParameters parameters) {
        return indicators(parameters, CsvWriter::write, CSV, "indicators.csv");
    }

    @GET
    @Path("/indicators.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The indicator table with the same level, year and region, as an Excel workbook")
    public Response indicatorsXlsx(@BeanParam IndicatorParameters parameters) {
        return indicators(parameters, XlsxWriter::write, XLSX, "indicators.xlsx");
    }

    private Response reports(ReportListParameters parameters, Function<OutputStream, TableWriter> format,
            String mediaType, String fileName) {
        ReportFilter filter = parameters.filter(viewer.scope());
        StreamingOutput content = out -> {
            try (TableWriter writer = format.apply(out)) {
                exports.writeReports(filter, writer);
            }
        };
        return file(content, mediaType, fileName);
    }

    /** The indicator table's file is written in memory, or sent again when its table did not change. */
    private Response indicators(IndicatorParameters parameters, Function<ExportTable, byte[]> format,
            String mediaType, String fileName) {
        ReportFilter filter = parameters.filter(viewer.scope());
        AggregationLevel level = parameters.aggregationLevel();
        return file(exports.indicatorFile(filter, level, fileName, format), mediaType, fileName);
    }

    /** {@code content}: a {@link StreamingOutput} that writes the file as it goes, or its bytes. */
    private static Response file(Object content, String mediaType, String fileName) {
        return Response.ok(content, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
