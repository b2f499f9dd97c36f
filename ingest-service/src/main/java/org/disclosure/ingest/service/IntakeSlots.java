package org.disclosure.ingest.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.disclosure.ingest.IngestConfig;

/**
 * Bounds the uploads in progress: each holds its bytes and parses them for their region, so the number at once
 * is what bounds the heap and the CPU an upload can take. A slot is taken before the upload is read and given
 * back when it is answered; when none is free the upload is refused at once (429 with Retry-After), never queued.
 */
@ApplicationScoped
public class IntakeSlots {

    private final Semaphore slots;
    private final int retryAfterSeconds;

    public IntakeSlots(IngestConfig config) {
        this.slots = new Semaphore(config.intake().maxConcurrent());
        this.retryAfterSeconds = config.intake().retryAfterSeconds();
    }

    /** Runs the upload in a slot, or fails it with {@link IntakeBusyException} when none is free. */
    public <T> Uni<T> run(Supplier<Uni<T>> upload) {
        return Uni.createFrom().deferred(() -> {
            if (!slots.tryAcquire()) return Uni.createFrom().failure(new IntakeBusyException(retryAfterSeconds));
            try {
                return upload.get().onTermination().invoke(slots::release);
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
        });
    }

    /** Slots free now (for tests and metrics). */
    public int available() {
        return slots.availablePermits();
    }
}
