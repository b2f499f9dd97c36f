package org.disclosure.messaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import org.disclosure.contracts.CanonicalJson;

/**
 * The bytes of one top-level field of an event, exactly as the record carries them. A service that keeps a report
 * as JSON takes it from the record instead of writing the decoded report again: Jackson's tokenizer skips over the
 * other fields without building anything, which costs a fraction of encoding a 30-60 KB report anew.
 */
public final class RawJsonField {

    private RawJsonField() {
    }

    /** The field's value (an object, array or scalar) as UTF-8 bytes, or null when the event has no such field. */
    public static byte[] of(byte[] event, String field) {
        int[] range = range(event, field);
        return range == null ? null : Arrays.copyOfRange(event, range[0], range[1]);
    }

    /** {@code [start, end)} of the field's value in the event's bytes; null when it has no such field or it is null. */
    public static int[] range(byte[] event, String field) {
        try (JsonParser parser = CanonicalJson.mapper().getFactory().createParser(event)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                boolean wanted = field.equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (!wanted) {
                    parser.skipChildren();
                    continue;
                }
                if (value == JsonToken.VALUE_NULL) return null;
                int start = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                // a string's text is read lazily: without this the end would be just after its opening quote
                parser.finishToken();
                return new int[] {start, (int) parser.currentLocation().getByteOffset()};
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
