package org.disclosure.ingest.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.disclosure.ingest.IngestConfig;

/**
 * Bounds what the uploads in progress hold in the heap: each holds its bytes from the moment they are read until
 * it is answered (a zip batch one report at a time, so it counts as one report of the largest size), and together
 * they hold at most {@code disclosure.ingest.intake.max-bytes}, however many and however large they are. An upload
 * that does not fit is refused at once (429 with Retry-After), never queued. Every upload counts at least
 * {@link #MIN_CHARGE} for its request and its parse, so small uploads are bounded in number too; parsing itself runs
 * on a pool of its own ({@link RegionGuard}).
 */
@ApplicationScoped
public class IntakeSlots {

    /** What an upload counts at least, in bytes. */
    public static final long MIN_CHARGE = 64 * 1024;
    private static final long UNIT = 1024;

    private final Semaphore kibibytes;
    private final int retryAfterSeconds;

    @Inject
    public IntakeSlots(IngestConfig config) {
        this(config.intake().maxBytes().asLongValue(), config.intake().retryAfterSeconds());
    }

    IntakeSlots(long maxBytes, int retryAfterSeconds) {
        this.kibibytes = new Semaphore(units(maxBytes));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * Runs an upload that holds {@code bytes} while it is in progress, or fails it with {@link IntakeBusyException}
     * when they do not fit beside the uploads in progress.
     */
    public <T> Uni<T> run(long bytes, Supplier<Uni<T>> upload) {
        return Uni.createFrom().deferred(() -> {
            int units = units(Math.max(bytes, MIN_CHARGE));
            if (!kibibytes.tryAcquire(units)) {
                return Uni.createFrom().failure(new IntakeBusyException(retryAfterSeconds));
            }
            try {
                return upload.get().onTermination().invoke(() -> kibibytes.release(units));
            } catch (RuntimeException e) {
                kibibytes.release(units);
                throw e;
            }
        });
    }

    /** Bytes that uploads may still take now (for tests and metrics). */
    public long availableBytes() {
        return kibibytes.availablePermits() * UNIT;
    }

    private static int units(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, (bytes + UNIT - 1) / UNIT);
    }
}
