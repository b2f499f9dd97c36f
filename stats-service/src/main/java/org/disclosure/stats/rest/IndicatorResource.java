package org.disclosure.stats.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.IndicatorLine;
import org.disclosure.stats.service.IndicatorRow;
import org.disclosure.stats.service.IndicatorService;
import org.disclosure.stats.service.RankingRow;
import org.disclosure.stats.service.Trend;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators", description = "DOMAIN.md indicators over current reports: sums of counts first, then rates")
public class IndicatorResource {

    private final IndicatorService service;
    private final Viewer viewer;

    public IndicatorResource(IndicatorService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "Every indicator by province, city, county or agency and year; an undefined rate is null")
    @APIResponse(responseCode = "200", description = "one row per area (or agency) and year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorRow.class)))
    public Uni<byte[]> indicators(@BeanParam IndicatorParameters parameters) {
        // the rows come rendered (IndicatorService#table): the array is their bytes, not a list serialised again
        return service.table(parameters.filter(viewer.scope()), parameters.aggregationLevel())
                .map(IndicatorLine::jsonArray);
    }

    @GET
    @Path("/trends")
    @Operation(summary = "One indicator of an area year by year, with the change to the previous year")
    public Uni<Trend> trend(@QueryParam("region") @Parameter(description = "GB/T 2260 code; all visible regions when absent") String region,
            @QueryParam("indicator") @Parameter(description = "indicator name, e.g. substantive_disclosure_rate") String indicator) {
        String checkedIndicator = RequestParameters.indicator(indicator);
        return service.trend(ReportFilter.current(viewer.scope(), RequestParameters.regionCode(region), null),
                checkedIndicator);
    }

    @GET
    @Path("/rankings")
    @Operation(summary = "Areas or agencies ordered by one indicator, highest first; undefined values last without rank")
    public Uni<List<RankingRow>> ranking(@BeanParam IndicatorParameters parameters,
            @QueryParam("indicator") @Parameter(description = "indicator name, e.g. review_correction_rate") String indicator) {
        String checkedIndicator = RequestParameters.indicator(indicator);
        return service.ranking(parameters.filter(viewer.scope()), parameters.aggregationLevel(), checkedIndicator);
    }
}
