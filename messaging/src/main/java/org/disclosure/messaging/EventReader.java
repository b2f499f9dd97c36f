package org.disclosure.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.EventLimits;

/**
 * Reads an event from the raw bytes of a record. The channels receive bytes, not objects, so that a record
 * that is not a valid event fails inside the handler like any other poison record and reaches the dead-letter
 * topic exactly as it was sent, instead of failing in the deserializer before the failure strategy applies.
 */
public final class EventReader {

    private static final int QUOTED_BYTES = 120;

    private EventReader() {
    }

    /** The event, or a {@link PoisonRecordException} saying what is wrong with the record. */
    public static <T> T read(byte[] value, Class<T> type, Function<T, UUID> submissionId) {
        String name = type.getSimpleName();
        if (value == null || value.length == 0) {
            throw new PoisonRecordException("空记录 / an empty record where a " + name + " event was expected", null);
        }
        T event;
        try {
            // straight from the UTF-8 bytes: a String copy of a 50 KB report first would double the decoding work
            event = CanonicalJson.mapper().readValue(value, type);
        } catch (IOException | RuntimeException e) {
            throw new PoisonRecordException("无法读取的记录 / not a readable " + name + " event (" + quote(value)
                    + "): " + firstLine(e), null, e);
        }
        if (event == null) {
            throw new PoisonRecordException("空记录 / null where a " + name + " event was expected", null);
        }
        UUID id;
        try {
            id = submissionId.apply(event);
        } catch (RuntimeException e) {
            id = null;
        }
        if (id == null) {
            throw new PoisonRecordException("记录缺少提交编号 / a " + name + " event without a submission id", null);
        }
        String violation = EventLimits.violation(event);
        if (violation != null) {
            throw new PoisonRecordException("记录超出约定 / a " + name + " event beyond the contract: " + violation, id);
        }
        return event;
    }

    private static String quote(byte[] value) {
        int length = Math.min(value.length, QUOTED_BYTES);
        String start = new String(value, 0, length, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
        return value.length > QUOTED_BYTES ? start + "…" : start;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
