package org.disclosure.ingest.rest;

import java.util.List;
import java.util.UUID;

/** The answer to a zip batch: one line per file, with its submission id or the reason it was refused. */
public record BatchReceipt(int stored, int refused, List<Entry> entries) {

    public record Entry(String name, UUID id, boolean duplicate, String error) {
    }
}
