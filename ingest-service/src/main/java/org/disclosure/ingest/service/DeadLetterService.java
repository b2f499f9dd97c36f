package org.disclosure.ingest.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disclosure.ingest.messaging.DeadLetter;
import org.disclosure.ingest.messaging.DeadLetterBatch;
import org.disclosure.ingest.messaging.DeadLetterReader;
import org.disclosure.ingest.messaging.DeadLetterReplayer;
import org.disclosure.ingest.repository.DeadLetterReplay;
import org.disclosure.ingest.repository.DeadLetterReplayRepository;
import org.jboss.logging.Logger;

/**
 * The records of the pipeline that could not be handled, kept in the dead-letter topics: listed with what
 * became of them, and replayed to their topic once the cause is fixed.
 */
@ApplicationScoped
public class DeadLetterService {

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);

    private final DeadLetterReader reader;
    private final DeadLetterReplayer replayer;
    private final DeadLetterReplayRepository replays;
    private final Vertx vertx;

    public DeadLetterService(DeadLetterReader reader, DeadLetterReplayer replayer, DeadLetterReplayRepository replays,
            Vertx vertx) {
        this.reader = reader;
        this.replayer = replayer;
        this.replays = replays;
        this.vertx = vertx;
    }

    /** A page of dead letters, each with its replay if there was one. */
    public Uni<DeadLetterPage> list(long skip, int limit) {
        // the Kafka client blocks: keep it off the event loop
        return vertx.executeBlocking(Uni.createFrom().item(() -> reader.list(skip, limit)))
                .flatMap(batch -> replaysOf(batch).map(replayed -> new DeadLetterPage(batch.total(),
                        batch.items().stream().map(letter -> new DeadLetterPage.Entry(letter,
                                replayed.get(key(letter)))).toList())));
    }

    /**
     * Sends a dead letter back to the topic it came from and records that it did; empty when there is no such
     * dead letter.
     */
    public Uni<Optional<DeadLetterPage.Entry>> replay(String topic, int partition, long offset, String by) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> reader.find(topic, partition, offset)))
                .flatMap(found -> found.isEmpty() ? Uni.createFrom().item(Optional.<DeadLetterPage.Entry>empty())
                        : replayer.replay(found.get())
                                .invoke(() -> LOG.infof("dead letter %s/%d/%d replayed to %s by %s", topic, partition,
                                        offset, found.get().originalTopic(), by))
                                .flatMap(sent -> record(found.get(), by))
                                .map(replay -> Optional.of(new DeadLetterPage.Entry(found.get(), replay))));
    }

    private Uni<DeadLetterReplay> record(DeadLetter letter, String by) {
        return Panache.withTransaction(() -> replays.record(letter.topic(), letter.partition(), letter.offset(),
                        letter.originalTopic(), by, Instant.now())
                .flatMap(done -> replays.findById(key(letter))));
    }

    private Uni<Map<DeadLetterReplay.Key, DeadLetterReplay>> replaysOf(DeadLetterBatch batch) {
        List<String> topics = batch.items().stream().map(DeadLetter::topic).distinct().toList();
        if (topics.isEmpty()) return Uni.createFrom().item(Map.of());
        return Panache.withSession(() -> replays.ofTopics(topics)).map(found -> found.stream().collect(Collectors.toMap(
                replay -> new DeadLetterReplay.Key(replay.deadLetterTopic, replay.deadLetterPartition,
                        replay.deadLetterOffset), Function.identity())));
    }

    private static DeadLetterReplay.Key key(DeadLetter letter) {
        return new DeadLetterReplay.Key(letter.topic(), letter.partition(), letter.offset());
    }
}
