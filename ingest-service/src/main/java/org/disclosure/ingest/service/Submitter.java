package org.disclosure.ingest.service;

import java.util.Set;

/** Who uploads: national users may submit for any region, everyone else only inside the regions of their token. */
public record Submitter(String name, boolean national, Set<String> regions) {
}
