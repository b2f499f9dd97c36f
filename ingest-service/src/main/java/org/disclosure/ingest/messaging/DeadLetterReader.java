package org.disclosure.ingest.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.disclosure.contracts.events.Topics;

/**
 * Reads the dead-letter topics of every consumed topic ({@link Topics#CONSUMED}) from their beginning, with a
 * plain consumer: partitions assigned, no group, nothing committed, so that looking never moves anything.
 * Blocking: call it off the event loop.
 */
@ApplicationScoped
public class DeadLetterReader {

    /** Headers the SmallRye Kafka connector writes on a dead-lettered record (KafkaDeadLetterQueue). */
    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    static final String ORIGINAL_TOPIC = "dead-letter-topic";
    static final String ORIGINAL_PARTITION = "dead-letter-partition";
    static final String ORIGINAL_OFFSET = "dead-letter-offset";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> kafkaConfig;

    /** The service's own Kafka settings ({@code kafka.*}: brokers, TLS), so that it reads where it consumes. */
    public DeadLetterReader(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    /** The dead-letter topics this service knows about, in the pipeline's order. */
    public static List<String> deadLetterTopics() {
        return Topics.CONSUMED.stream().map(Topics::deadLetters).toList();
    }

    /** {@code limit} dead letters after skipping {@code skip}, ordered by topic, partition and offset. */
    public DeadLetterBatch list(long skip, int limit) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopics());
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long total = partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
            List<DeadLetter> items = new ArrayList<>();
            long toSkip = skip;
            for (TopicPartition partition : partitions) {
                if (items.size() >= limit) break;
                long size = end.get(partition) - begin.get(partition);
                if (toSkip >= size) {
                    toSkip -= size;
                    continue;
                }
                long from = begin.get(partition) + toSkip;
                toSkip = 0;
                long until = Math.min(end.get(partition), from + (limit - items.size()));
                items.addAll(read(consumer, partition, from, until, false));
            }
            return new DeadLetterBatch(total, items);
        }
    }

    /** One dead letter, or empty when the topic is no dead-letter topic or holds no record at that offset. */
    public Optional<DeadLetter> find(String topic, int partition, long offset) {
        if (!deadLetterTopics().contains(topic)) return Optional.empty();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (!partitions(consumer, List.of(topic)).contains(tp)) return Optional.empty();
            long begin = consumer.beginningOffsets(List.of(tp), TIMEOUT).get(tp);
            long end = consumer.endOffsets(List.of(tp), TIMEOUT).get(tp);
            if (offset < begin || offset >= end) return Optional.empty();
            return read(consumer, tp, offset, offset + 1, true).stream().filter(letter -> letter.offset() == offset)
                    .findFirst();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(TIMEOUT);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            existing.getOrDefault(topic, List.of()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition))
                    .forEach(partitions::add);
        }
        return partitions;
    }

    private static List<DeadLetter> read(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, long from,
            long until, boolean wholeValue) {
        List<DeadLetter> letters = new ArrayList<>();
        consumer.assign(List.of(partition));
        consumer.seek(partition, from);
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (consumer.position(partition, TIMEOUT) < until && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(partition)) {
                if (record.offset() >= from && record.offset() < until) letters.add(toDeadLetter(record, wholeValue));
            }
        }
        return letters;
    }

    private static DeadLetter toDeadLetter(ConsumerRecord<byte[], byte[]> record, boolean wholeValue) {
        String originalTopic = header(record, ORIGINAL_TOPIC);
        if (originalTopic == null && record.topic().endsWith(Topics.DEAD_LETTER_SUFFIX)) {
            originalTopic = record.topic().substring(0, record.topic().length() - Topics.DEAD_LETTER_SUFFIX.length());
        }
        byte[] value = record.value();
        UUID submissionId = SubmissionIds.in(value);
        byte[] head = value == null ? null : Arrays.copyOf(value, Math.min(value.length, DeadLetter.HEAD_BYTES));
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                wholeValue ? value : null, value == null ? 0 : value.length, head, originalTopic, parseInt(header(record, ORIGINAL_PARTITION)), parseLong(header(record, ORIGINAL_OFFSET)),
                header(record, REASON), header(record, CAUSE), header(record, EXCEPTION_CLASS), submissionId,
                Instant.ofEpochMilli(record.timestamp()));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer parseInt(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // looking at a dead-letter topic that does not exist yet must not create it
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // a page holds the first bytes of each value only, but a poll brings whole records: keep polls small
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "20");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-dead-letter-reader-" + UUID.randomUUID());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(config);
    }
}
