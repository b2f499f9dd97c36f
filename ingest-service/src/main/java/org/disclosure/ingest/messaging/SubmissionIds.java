package org.disclosure.ingest.messaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;

/**
 * The submission a record is about, read from its raw JSON: also from a record that is not a valid event (a
 * stage nobody knows, a wrong type), so that a dead letter still points at its submission.
 */
public final class SubmissionIds {

    private static final String FIELD = "submissionId";

    private SubmissionIds() {
    }

    /** The top-level {@code submissionId} of a JSON object, or null when there is none or the bytes are no JSON. */
    public static UUID in(byte[] value) {
        if (value == null || value.length == 0) return null;
        // streamed, not read into a tree: a canonical report has megabytes, and the id comes first in every event
        try (JsonParser parser = CanonicalJson.mapper().getFactory().createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (FIELD.equals(name)) return token == JsonToken.VALUE_STRING ? UUID.fromString(parser.getText()) : null;
                parser.skipChildren();
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
