package org.disclosure.stats.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.mapping.CorrectionMapper;
import org.disclosure.stats.service.CorrectionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every correction, for national users. */
@Path("/api/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "corrections")
public class CorrectionListResource {

    private static final int MAX_PAGE_SIZE = 500;

    private final CorrectionService corrections;
    private final CorrectionMapper mapper;

    public CorrectionListResource(CorrectionService corrections, CorrectionMapper mapper) {
        this.corrections = corrections;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed(Roles.NATIONAL)
    @Operation(summary = "Every correction, newest first")
    public Uni<List<CorrectionView>> all(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return corrections.page(page, size).map(list -> list.stream().map(mapper::toView).toList());
    }
}
