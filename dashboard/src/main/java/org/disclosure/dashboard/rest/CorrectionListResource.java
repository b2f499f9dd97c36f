package org.disclosure.dashboard.rest;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.disclosure.contracts.api.Roles;
import org.disclosure.dashboard.client.StatsApi;
import org.disclosure.dashboard.view.Corrections;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** 更正记录: every correction, newest first, for national users (stats-service refuses anyone else). */
@Path("/corrections")
@RolesAllowed(Roles.NATIONAL)
@Produces(MediaType.TEXT_HTML)
public class CorrectionListResource {

    private static final int PAGE_SIZE = 100;

    private final StatsApi stats;
    private final CurrentUser currentUser;

    public CorrectionListResource(@RestClient StatsApi stats, CurrentUser currentUser) {
        this.stats = stats;
        this.currentUser = currentUser;
    }

    @GET
    public Uni<TemplateInstance> list(@RestQuery @DefaultValue("0") int page) {
        int shown = Math.max(0, page);
        return stats.allCorrections(shown, PAGE_SIZE).map(corrections -> Pages.corrections(currentUser.get(),
                corrections.stream().map(Corrections::line).toList(), shown - 1,
                corrections.size() == PAGE_SIZE ? shown + 1 : -1));
    }
}
