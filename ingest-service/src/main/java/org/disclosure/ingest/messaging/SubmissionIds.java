package org.disclosure.ingest.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;

/**
 * The submission a record is about, read from its raw JSON: also from a record that is not a valid event (a
 * stage nobody knows, a wrong type), so that a dead letter still points at its submission.
 */
public final class SubmissionIds {

    private SubmissionIds() {
    }

    /** The {@code submissionId} field of a JSON object, or null when there is none or the bytes are no JSON. */
    public static UUID in(byte[] value) {
        if (value == null || value.length == 0) return null;
        try {
            JsonNode id = CanonicalJson.mapper().readTree(value).path("submissionId");
            return id.isTextual() ? UUID.fromString(id.asText()) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
