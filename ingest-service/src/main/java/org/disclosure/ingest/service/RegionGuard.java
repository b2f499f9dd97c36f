package org.disclosure.ingest.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.report.RegionCodes;
import org.disclosure.ingest.IngestConfig;
import org.disclosure.parser.ReportParser;

/**
 * Lets a submitter store only reports of their own regions. The region is the one the parser reads in the
 * document, as stats-service will count it; the code the submitter names stands in only when the document
 * names no known place (a scan, a corrupt file), so that a wrong code cannot smuggle a report into another
 * province.
 */
@ApplicationScoped
public class RegionGuard {

    private final ReportParser parser;
    private final WorkerExecutor parsers;

    public RegionGuard(Vertx vertx, IngestConfig config) {
        // parsing is CPU work that grows with the document: a pool of its own bounds how many run at once (the
        // uploads waiting for it are bounded by IntakeSlots), and the general worker pool stays free
        this.parsers = vertx.createSharedWorkerExecutor("region-check", config.intake().parsers());
        // a document past the parser's limits (time included) fails alone and its region is then unknown
        this.parser = new ReportParser(config.intake().parseTimeLimit());
    }

    /** The upload with the region it was checked against; fails when the submitter may not submit it. */
    public Uni<Upload> check(Submitter submitter, Upload upload) {
        return regionOf(upload).map(region -> {
            if (submitter.national()) return upload.inRegion(region.code());
            if (region.code() == null) {
                throw new UnknownRegionException("the region of '" + upload.fileName() + "' could not be read from"
                        + " the document (" + region.why() + "); send its 6-digit regionCode with the upload");
            }
            if (!RegionCodes.coveredByAny(submitter.regions(), region.code())) {
                throw new SubmissionRefusedException("'" + upload.fileName() + "' is a report of region "
                        + region.code() + ", outside the regions " + submitter.regions() + " that "
                        + submitter.name() + " may submit for; nothing was stored");
            }
            return upload.inRegion(region.code());
        });
    }

    private Uni<ReadRegion> regionOf(Upload upload) {
        String named = upload.metadata().regionCode();
        // read on the pool, resumed on the request's event loop, which the database session needs; only the title
        // block is read (issue 16: the whole parse was a tenth of ingest's CPU, and parse-service parses it anyway)
        return parsers.executeBlocking(() -> parser.readRegion(upload.bytes()), false)
                .map(reading -> reading.region() != null ? new ReadRegion(reading.region().code(), null)
                        : new ReadRegion(named, reading.whyNot()));
    }

    /** The region code found, or why there is none. */
    private record ReadRegion(String code, String why) {
    }
}
