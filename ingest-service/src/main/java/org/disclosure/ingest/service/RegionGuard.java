package org.disclosure.ingest.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.report.RegionCodes;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;

/**
 * Lets a submitter store only reports of their own regions. The region is the one the submitter names, or,
 * when they name none, the one the parser reads in the document's title.
 */
@ApplicationScoped
public class RegionGuard {

    private final ReportParser parser = new ReportParser();
    private final Vertx vertx;

    public RegionGuard(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<Void> check(Submitter submitter, Upload upload) {
        if (submitter.national()) return Uni.createFrom().voidItem();
        return regionOf(upload).invoke(region -> {
            String code = region.code();
            if (code == null) {
                throw new UnknownRegionException("the region of '" + upload.fileName() + "' could not be read from"
                        + " the document (" + region.why() + "); send its 6-digit regionCode with the upload");
            }
            if (!RegionCodes.coveredByAny(submitter.regions(), code)) {
                throw new SubmissionRefusedException("'" + upload.fileName() + "' is a report of region " + code
                        + ", outside the regions " + submitter.regions() + " that " + submitter.name()
                        + " may submit for; nothing was stored");
            }
        }).replaceWithVoid();
    }

    private Uni<ReadRegion> regionOf(Upload upload) {
        if (upload.metadata().regionCode() != null) {
            return Uni.createFrom().item(new ReadRegion(upload.metadata().regionCode(), null));
        }
        // parsing is CPU work that grows with the document: run it on a worker, then resume on the event loop
        // that the database session needs
        return vertx.executeBlocking(Uni.createFrom().item(() -> parser.parse(upload.bytes())))
                .map(result -> switch (result) {
                    case ParseResult.Success success when success.report().region() != null ->
                            new ReadRegion(success.report().region().code(), null);
                    case ParseResult.Success success -> new ReadRegion(null, "no known place in its title");
                    case ParseResult.Failure failure -> new ReadRegion(null, failure.reasonEn());
                });
    }

    /** The region code found, or why there is none. */
    private record ReadRegion(String code, String why) {
    }
}
