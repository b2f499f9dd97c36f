package org.disclosure.ingest.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** That a dead letter was sent back to its topic: how often, last by whom and when. */
@Entity
@Table(name = "dead_letter_replay")
@IdClass(DeadLetterReplay.Key.class)
public class DeadLetterReplay {
    @Id
    @Column(name = "dead_letter_topic")
    public String deadLetterTopic;
    @Id
    @Column(name = "dead_letter_partition")
    public int deadLetterPartition;
    @Id
    @Column(name = "dead_letter_offset")
    public long deadLetterOffset;
    @Column(name = "original_topic")
    public String originalTopic;
    public int replays;
    @Column(name = "replayed_by")
    public String replayedBy;
    @Column(name = "replayed_at")
    public Instant replayedAt;

    /** A dead letter's place: its topic, partition and offset. */
    public static class Key implements Serializable {
        public String deadLetterTopic;
        public int deadLetterPartition;
        public long deadLetterOffset;

        public Key() {
        }

        public Key(String deadLetterTopic, int deadLetterPartition, long deadLetterOffset) {
            this.deadLetterTopic = deadLetterTopic;
            this.deadLetterPartition = deadLetterPartition;
            this.deadLetterOffset = deadLetterOffset;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && deadLetterPartition == key.deadLetterPartition
                    && deadLetterOffset == key.deadLetterOffset && Objects.equals(deadLetterTopic, key.deadLetterTopic);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deadLetterTopic, deadLetterPartition, deadLetterOffset);
        }
    }
}
