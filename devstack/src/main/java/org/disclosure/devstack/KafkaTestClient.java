package org.disclosure.devstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosure.contracts.CanonicalJson;

/** Sends and awaits JSON events on the devstack's Kafka, for tests of the services' messaging. */
public final class KafkaTestClient {

    private static final Map<String, KafkaTestClient> BY_BROKER = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = CanonicalJson.mapper();

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    private KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(properties);
        Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "kafka-test-client-close"));
    }

    public static KafkaTestClient shared(String bootstrapServers) {
        return BY_BROKER.computeIfAbsent(bootstrapServers, KafkaTestClient::new);
    }

    /** Sends a payload as JSON and waits for the broker's acknowledgement. */
    public void send(String topic, String key, Object payload) {
        try {
            producer.send(new ProducerRecord<>(topic, key, JSON.writeValueAsString(payload))).get();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload is not serialisable as JSON", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending to " + topic + " failed", e.getCause());
        }
    }

    /** The first event of the topic (read from its beginning) that matches, or an AssertionError after the timeout. */
    public <T> T await(String topic, Class<T> type, Predicate<T> matching, Duration timeout) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    T event = read(record.value(), type);
                    if (event != null && matching.test(event)) return event;
                }
            }
        }
        throw new AssertionError("no matching " + type.getSimpleName() + " on topic " + topic + " within "
                + timeout.toSeconds() + " s");
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            return null; // another kind of event on the same topic
        }
    }
}
