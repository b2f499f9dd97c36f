package org.disclosure.stats.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.mapping.DocumentModel;
import org.disclosure.stats.mapping.Documents;
import org.disclosure.stats.mapping.DocxWriter;
import org.disclosure.stats.mapping.PdfWriter;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.BriefingService;
import org.disclosure.stats.service.Workers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/briefings")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Tag(name = "briefings", description = "A region's annual briefing (年度通报 draft) as DOCX or PDF")
public class BriefingResource {

    private final BriefingService service;
    private final Viewer viewer;

    public BriefingResource(BriefingService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
    }

    @GET
    @Path("/briefing.docx")
    @Produces(ComparisonResource.DOCX)
    @Operation(summary = "The briefing of a region and year as a Word document: coverage, indicators with last year's values, findings by rule and by agency with evidence, agencies to follow up")
    public Uni<Response> docx(@QueryParam("region") String region, @QueryParam("year") Integer year) {
        return document(region, year, DocxWriter::write, ComparisonResource.DOCX, "briefing.docx");
    }

    @GET
    @Path("/briefing.pdf")
    @Produces(ComparisonResource.PDF)
    @Operation(summary = "The briefing of a region and year as PDF (embedded Chinese font)")
    public Uni<Response> pdf(@QueryParam("region") String region, @QueryParam("year") Integer year) {
        return document(region, year, PdfWriter::write, ComparisonResource.PDF, "briefing.pdf");
    }

    /** A region outside the caller's scope briefs on nothing: its figures are empty, as for every aggregate. */
    private Uni<Response> document(String region, Integer year, Function<DocumentModel, byte[]> writer,
            String mediaType, String fileName) {
        if (region == null) throw new InvalidRequestException("region is required (a 6-digit GB/T 2260 code)");
        ReportFilter filter = ReportFilter.current(viewer.scope(), RequestParameters.regionCode(region),
                RequestParameters.requiredYear(year));
        return service.briefing(filter).emitOn(Workers.pool()).map(briefing -> ComparisonResource.file(
                writer.apply(Documents.briefing(briefing)), mediaType, region + "-" + year + "-" + fileName));
    }
}
