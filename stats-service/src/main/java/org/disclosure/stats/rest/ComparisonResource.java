package org.disclosure.stats.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.function.Function;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.comparison.ReportComparison;
import org.disclosure.stats.mapping.DocumentModel;
import org.disclosure.stats.mapping.Documents;
import org.disclosure.stats.mapping.DocxWriter;
import org.disclosure.stats.mapping.PdfWriter;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.ComparisonService;
import org.disclosure.stats.service.Workers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/comparisons")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Tag(name = "comparisons", description = "Two reports compared: cells, narrative sentence by sentence, findings; as JSON, DOCX or PDF")
public class ComparisonResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    private final ComparisonService service;
    private final Viewer viewer;

    public ComparisonResource(ComparisonService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report `right` against report `left` (left = the earlier): every cell with both values and the change, implausible jumps, Y01/Y02 carry-over, the narratives sentence by sentence with the copied share (Y03), findings fixed/new/still present; 404 when either is outside the caller's regions")
    public Uni<Response> compare(@QueryParam("left") String left, @QueryParam("right") String right) {
        return json(comparison(null, left, right), "no visible reports " + left + " and " + right);
    }

    @GET
    @Path("/previous-year")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The report against the current version of the same agency's report for the year before; 404 when there is none the caller may see")
    public Uni<Response> previousYear(@QueryParam("report") String report) {
        return json(comparison(report, null, null), "no visible report " + report + " with a report of the year before");
    }

    @GET
    @Path("/report.docx")
    @Produces(DOCX)
    @Operation(summary = "The comparison report as a Word document: with `report` (against its previous year) or with `left` and `right`")
    public Uni<Response> docx(@QueryParam("report") String report, @QueryParam("left") String left,
            @QueryParam("right") String right) {
        return document(comparison(report, left, right), DocxWriter::write, DOCX, "comparison.docx");
    }

    @GET
    @Path("/report.pdf")
    @Produces(PDF)
    @Operation(summary = "The comparison report as PDF (embedded Chinese font): with `report` (against its previous year) or with `left` and `right`")
    public Uni<Response> pdf(@QueryParam("report") String report, @QueryParam("left") String left,
            @QueryParam("right") String right) {
        return document(comparison(report, left, right), PdfWriter::write, PDF, "comparison.pdf");
    }

    private Uni<ReportComparison> comparison(String report, String left, String right) {
        if (report != null) return service.againstPreviousYear(RequestParameters.reportId(report), viewer.scope());
        if (left == null || right == null) {
            throw new InvalidRequestException("give left and right (two report ids), or report (against its previous year)");
        }
        return service.compare(RequestParameters.reportId(left), RequestParameters.reportId(right), viewer.scope());
    }

    private static Uni<Response> json(Uni<ReportComparison> comparison, String notFound) {
        return comparison.map(found -> found == null ? Errors.of(Response.Status.NOT_FOUND, notFound)
                : Response.ok(found, MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** Laying out and writing the file is CPU work; the comparison is delivered on a worker already. */
    private static Uni<Response> document(Uni<ReportComparison> comparison, Function<DocumentModel, byte[]> writer,
            String mediaType, String fileName) {
        return comparison.emitOn(Workers.pool()).map(found -> found == null
                ? Errors.of(Response.Status.NOT_FOUND, "no visible reports to compare")
                : file(writer.apply(Documents.comparison(found, LocalDate.now())), mediaType, fileName));
    }

    static Response file(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
