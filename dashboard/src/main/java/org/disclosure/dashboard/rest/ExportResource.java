package org.disclosure.dashboard.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.disclosure.contracts.api.Roles;
import org.disclosure.dashboard.client.StatsApi;
import org.jboss.resteasy.reactive.RestPath;

/**
 * 导出: what a page shows, as CSV or XLSX — stats-service's export of the same filters, passed on with the user's
 * token (so an export holds exactly what the user may see).
 */
@Path("/exports")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
public class ExportResource {

    private static final Map<String, String> TYPES = Map.of(
            "csv", "text/csv; charset=UTF-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<String> FILES = Set.of("reports.csv", "reports.xlsx", "indicators.csv",
            "indicators.xlsx");
    private static final Set<String> PARAMETERS = Set.of("region", "year", "agency", "hasErrors", "rule",
            "includeSuperseded", "level");

    private final StatsApi stats;

    public ExportResource(@org.eclipse.microprofile.rest.client.inject.RestClient StatsApi stats) {
        this.stats = stats;
    }

    @GET
    @Path("/{file}")
    public Uni<Response> export(@RestPath String file, @Context UriInfo uri) {
        if (!FILES.contains(file)) throw new NotFoundException();
        Map<String, String> filters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (PARAMETERS.contains(name) && !values.isEmpty()) Forms.put(filters, name, values.get(0));
        });
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        return stats.export(file, filters).map(bytes -> Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build());
    }
}
