package org.disclosure.ingest.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.disclosure.ingest.repository.IntakeRepository;
import org.jboss.logging.Logger;

/**
 * Notes Kafka's acknowledgements of announcements ({@code announced_at}) in batches: while one UPDATE runs, the
 * acknowledgements arriving meanwhile wait and go together in the next, so that uploads arriving together share a
 * round trip instead of a transaction each (group commit). Each mark completes once its batch is written. A mark
 * that cannot be written is logged and let go: it is bookkeeping for the republisher, and a submission without it
 * is only announced once more after announce-after, which the idempotent pipeline absorbs.
 */
@ApplicationScoped
public class AnnouncementMarks {

    private static final Logger LOG = Logger.getLogger(AnnouncementMarks.class);
    private static final int MAX_BATCH = 500;

    private final IntakeRepository repository;
    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    public AnnouncementMarks(IntakeRepository repository) {
        this.repository = repository;
    }

    /** Notes the acknowledgement of this pass's announcement; completes (on the caller's context) once written. */
    public Uni<Void> mark(UUID id, int attempt) {
        return Uni.createFrom().emitter(emitter -> {
            waiting.add(new Pending(id, attempt, emitter, Vertx.currentContext()));
            writeIfIdle();
        });
    }

    private void writeIfIdle() {
        if (!waiting.isEmpty() && writing.compareAndSet(false, true)) write();
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next = waiting.poll(); next != null; next = batch.size() < MAX_BATCH ? waiting.poll() : null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            idle();
            return;
        }
        repository.markAnnounced(batch.stream().map(Pending::id).toList(),
                        batch.stream().map(Pending::attempt).toList(), Instant.now())
                .subscribe().with(done -> finish(batch), failure -> {
                    LOG.warnf(failure, "could not note Kafka's acknowledgement of %d announcements; they will be "
                            + "announced again after announce-after", batch.size());
                    finish(batch);
                });
    }

    private void finish(List<Pending> batch) {
        batch.forEach(Pending::complete);
        idle();
    }

    private void idle() {
        writing.set(false);
        writeIfIdle();
    }

    private record Pending(UUID id, int attempt, UniEmitter<? super Void> emitter, Context context) {
        void complete() {
            if (context == null) emitter.complete(null);
            else context.runOnContext(ignored -> emitter.complete(null));
        }
    }
}
