package org.disclosure.ingest.rest;

import java.util.UUID;
import org.disclosure.contracts.events.Stage;

/** The answer to an upload: the submission's id, and whether the same file had been sent before. */
public record SubmissionReceipt(UUID id, String fileName, String sha256, Stage stage, boolean duplicate) {
}
