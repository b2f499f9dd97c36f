package org.disclosure.ingest.service;

import java.util.Set;
import org.disclosure.contracts.report.RegionCodes;
import org.disclosure.ingest.repository.Submission;

/** Who uploads or asks: national users act for any region, everyone else only inside the regions of their token. */
public record Submitter(String name, boolean national, Set<String> regions) {

    public boolean maySee(Submission submission) {
        return national || RegionCodes.coveredByAny(regions, submission.checkedRegion);
    }
}
