package org.disclosure.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class DeadLetterReplayRepository implements PanacheRepositoryBase<DeadLetterReplay, DeadLetterReplay.Key> {

    /** One row per dead letter however often it is replayed (two supervisors at once included). */
    private static final String RECORD = """
            insert into dead_letter_replay (dead_letter_topic, dead_letter_partition, dead_letter_offset,
                                            original_topic, replays, replayed_by, replayed_at)
            values (:topic, :partition, :offset, :originalTopic, 1, :by, :at)
            on conflict (dead_letter_topic, dead_letter_partition, dead_letter_offset)
            do update set replays = dead_letter_replay.replays + 1, replayed_by = excluded.replayed_by,
                          replayed_at = excluded.replayed_at""";

    public Uni<Void> record(String topic, int partition, long offset, String originalTopic, String by, Instant at) {
        return getSession().flatMap(session -> session.createNativeQuery(RECORD)
                        .setParameter("topic", topic)
                        .setParameter("partition", partition)
                        .setParameter("offset", offset)
                        .setParameter("originalTopic", originalTopic)
                        .setParameter("by", by)
                        .setParameter("at", at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<List<DeadLetterReplay>> ofTopics(Collection<String> topics) {
        return list("deadLetterTopic in ?1", topics);
    }
}
