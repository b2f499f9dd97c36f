package org.disclosure.dashboard.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * stats-service's read API, called with the signed-in user's own access token ({@link AccessToken}): what the
 * user may see is decided there, by the same region scoping as for every API caller. A report outside the user's
 * regions answers 404 here too.
 */
@RegisterRestClient(configKey = "stats")
@AccessToken
@Path("/api")
public interface StatsApi {

    @GET
    @Path("/reports")
    Uni<ReportPage> reports(@RestQuery Map<String, String> filters);

    @GET
    @Path("/reports/{id}")
    Uni<ReportDetail> report(@RestPath String id);

    @GET
    @Path("/reports/{id}/history")
    Uni<List<ReportVersion>> history(@RestPath String id);

    @GET
    @Path("/reports/{id}/corrections")
    Uni<ReportCorrections> corrections(@RestPath String id);

    /** 202 with the correction; 400 (invalid) and 409 (stale) carry a sentence for the supervisor. */
    @POST
    @Path("/reports/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<CorrectionView> correct(@RestPath String id, CorrectionRequest correction);

    /** Every correction, newest first (national users only). */
    @GET
    @Path("/corrections")
    Uni<List<CorrectionView>> allCorrections(@RestQuery Integer page, @RestQuery Integer size);

    @GET
    @Path("/indicators")
    Uni<List<IndicatorRow>> indicators(@RestQuery String level, @RestQuery Integer year, @RestQuery String region);

    @GET
    @Path("/trends")
    Uni<Trend> trend(@RestQuery String indicator, @RestQuery String region);

    @GET
    @Path("/rankings")
    Uni<List<RankingRow>> ranking(@RestQuery String indicator, @RestQuery String level, @RestQuery Integer year,
            @RestQuery String region);

    @GET
    @Path("/findings/by-rule")
    Uni<List<RuleCount>> findingsByRule(@RestQuery String region, @RestQuery Integer year);

    @GET
    @Path("/compliance")
    Uni<Compliance> compliance(@RestQuery String region, @RestQuery Integer year);

    @GET
    @Path("/coverage")
    Uni<Coverage> coverage(@RestQuery String region, @RestQuery Integer year);

    @GET
    @Path("/comparisons")
    Uni<Comparison> compare(@RestQuery String left, @RestQuery String right);

    @GET
    @Path("/comparisons/previous-year")
    Uni<Comparison> previousYear(@RestQuery String report);

    /** One of stats-service's export files ({@code reports.csv}, {@code indicators.xlsx}, ...), same filters. */
    @GET
    @Path("/exports/{file}")
    Uni<byte[]> export(@RestPath String file, @RestQuery Map<String, String> filters);
}
