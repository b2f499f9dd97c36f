package org.disclosure.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.disclosure.contracts.CanonicalJson;

/** Plain Kafka clients on the platform's broker: raw records in and out, and consumer-group lag. */
final class KafkaTool implements AutoCloseable {

    /** The consumer group of each service and the topic it reads. */
    static final Map<String, String> GROUPS = Map.of(
            "parse-service", "reports.submitted",
            "validate-service", "reports.parsed",
            "stats-service", "reports.validated",
            "ingest-service", "reports.status");

    private final String bootstrap;
    private final KafkaProducer<byte[], byte[]> producer;

    KafkaTool(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        producer = new KafkaProducer<>(p);
    }

    /** Where a record was written. */
    record Sent(String topic, int partition, long offset) {
    }

    Sent send(String topic, byte[] key, byte[] value, Iterable<Header> headers) {
        try {
            RecordMetadata m = producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30,
                    TimeUnit.SECONDS);
            return new Sent(m.topic(), m.partition(), m.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("sending to " + topic + " failed: " + e, e);
        }
    }

    Sent send(String topic, byte[] key, byte[] value) {
        return send(topic, key, value, List.of());
    }

    /** Every record of the topic, from its beginning to its current end, whose JSON value names one of the ids. */
    List<ConsumerRecord<byte[], byte[]>> recordsOf(String topic, Set<String> submissionIds) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (Instant.now().isAfter(deadline)) throw new AssertionError("could not read " + topic + " to its end");
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String id = submissionId(record.value());
                    if (id != null && submissionIds.contains(id)) found.add(record);
                }
            }
        }
        return found;
    }

    /** The submissionId of a JSON event, or null. */
    static String submissionId(byte[] value) {
        JsonNode json = json(value);
        return json == null || !json.hasNonNull("submissionId") ? null : json.get("submissionId").asText();
    }

    static JsonNode json(byte[] value) {
        if (value == null) return null;
        try {
            return CanonicalJson.mapper().readTree(value);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Waits until every service's consumer group has committed up to the end of the topic it reads (nothing
     * left to handle); fails after the timeout naming the groups that lag.
     */
    void awaitNoLag(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Long> lag = Map.of();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (Instant.now().isBefore(deadline)) {
                try {
                    lag = lag(admin);
                    if (lag.values().stream().allMatch(l -> l == 0)) return;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    lag = Map.of("(admin: " + e.getMessage() + ")", -1L);
                }
                Thread.sleep(500);
            }
        }
        throw new AssertionError("consumer groups still lag after " + timeout.toSeconds() + " s: " + lag);
    }

    private static Map<String, Long> lag(Admin admin)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        Map<String, Long> lag = new HashMap<>();
        for (Map.Entry<String, String> group : GROUPS.entrySet()) {
            String topic = group.getValue();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            long behind = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                behind += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            lag.put(group.getKey(), behind);
        }
        return lag;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-tests-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        return new KafkaConsumer<>(p);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
