package org.disclosure.ingest.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.disclosure.ingest.messaging.DeadLetter;
import org.disclosure.ingest.repository.DeadLetterReplay;
import org.disclosure.ingest.rest.DeadLetterView;
import org.disclosure.ingest.service.DeadLetterPage;

@ApplicationScoped
public class DeadLetterMapper {

    /** Enough of a value to recognise it; the whole record stays in the topic. */
    private static final int VALUE_START_LENGTH = 200;

    public DeadLetterView.Page toPage(DeadLetterPage page, long skip, int limit) {
        return new DeadLetterView.Page(page.total(), skip, limit, page.items().stream().map(this::toView).toList());
    }

    public DeadLetterView toView(DeadLetterPage.Entry entry) {
        DeadLetter letter = entry.letter();
        DeadLetterReplay replay = entry.replay();
        return new DeadLetterView(letter.topic(), letter.partition(), letter.offset(), text(letter.key()),
                letter.originalTopic(), letter.originalPartition(), letter.originalOffset(), letter.reason(),
                letter.cause(), letter.exceptionClass(), letter.submissionId(),
                letter.valueSize(), start(letter.valueHead()), letter.deadLetteredAt(),
                replay != null, replay == null ? null : replay.replayedAt, replay == null ? null : replay.replayedBy,
                replay == null ? 0 : replay.replays);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The first characters of the value's head, whole code points only, control characters shown as '?'. */
    private static String start(byte[] value) {
        if (value == null) return null;
        String text = new String(value, StandardCharsets.UTF_8);
        int end = text.codePointCount(0, text.length()) <= VALUE_START_LENGTH ? text.length()
                : text.offsetByCodePoints(0, VALUE_START_LENGTH);
        return text.substring(0, end).replaceAll("\\p{Cntrl}", "?");
    }
}
