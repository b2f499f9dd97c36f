package org.disclosure.ingest.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends a dead letter back to the topic it came from, with its original key and value bytes, once what made it
 * fail is fixed. Not through KeyedMessages: a replay names its topic per record and carries the key as the
 * bytes it had, whatever they are.
 */
@ApplicationScoped
public class DeadLetterReplayer {

    /** Where a replayed record came from, for whoever reads the topic later. */
    static final String REPLAYED_FROM = "disclosure-replayed-from";

    private final MutinyEmitter<byte[]> emitter;

    public DeadLetterReplayer(@Channel(Channels.DEAD_LETTER_REPLAYS) MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    /** Completes once Kafka has acknowledged the record (acks=all). */
    public Uni<Void> replay(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REPLAYED_FROM, (letter.topic() + "/" + letter.partition() + "/" + letter.offset())
                .getBytes(StandardCharsets.UTF_8));
        byte[] value = letter.value() == null ? new byte[0] : letter.value();
        return emitter.sendMessage(Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<byte[]>builder()
                .withTopic(letter.originalTopic()).withKey(letter.key()).withHeaders(headers).build()));
    }
}
