package org.disclosure.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The one way the services publish an event: with the Kafka key that decides its partition and order. */
public final class KeyedMessages {

    private KeyedMessages() {
    }

    public static <T> Message<T> keyed(T payload, String key) {
        return Message.of(payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    }
}
