package org.disclosure.dashboard.rest;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosure.contracts.api.Roles;
import org.disclosure.dashboard.client.Comparison;
import org.disclosure.dashboard.client.StatsApi;
import org.disclosure.dashboard.view.ComparisonPage;
import org.disclosure.dashboard.view.ComparisonPages;
import org.disclosure.dashboard.view.PageUser;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** 对比: a report against the same agency's year before, or any two reports (stats-service's comparison API). */
@Path("/compare")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.TEXT_HTML)
public class ComparisonResource {

    private final StatsApi stats;
    private final CurrentUser currentUser;

    public ComparisonResource(@RestClient StatsApi stats, CurrentUser currentUser) {
        this.stats = stats;
        this.currentUser = currentUser;
    }

    @GET
    public Uni<TemplateInstance> compare(@RestQuery String report, @RestQuery String left, @RestQuery String right,
            @RestQuery boolean all) {
        PageUser user = currentUser.get();
        String one = Forms.blankToNull(report);
        String earlier = Forms.blankToNull(left);
        String later = Forms.blankToNull(right);
        Uni<Comparison> comparison = earlier != null && later != null ? stats.compare(earlier, later)
                : one != null ? stats.previousYear(one) : Uni.createFrom().nullItem();
        return comparison.map(result -> Pages.compare(user, new ComparisonPage(one == null ? "" : one,
                earlier == null ? "" : earlier, later == null ? "" : later, result,
                result == null ? List.of() : ComparisonPages.rows(result, all), all)));
    }
}
