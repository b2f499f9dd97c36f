package org.disclosure.stats.service;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import java.util.concurrent.Executor;

/**
 * CPU work over many rows (indicator aggregation, CSV and XLSX files) runs on a worker thread: on the event loop
 * it would hold up every other request and the Kafka consumer for as long as it takes. Hibernate Reactive calls
 * stay on the Vert.x context; only what follows the read leaves it.
 */
public final class Workers {

    private Workers() {
    }

    public static Executor pool() {
        return Infrastructure.getDefaultWorkerPool();
    }

    /**
     * Fails when such work is called on an event loop thread, as Quarkus does for blocking calls there, so that a
     * chain that forgot to leave the event loop shows up in tests instead of as stalls under load.
     */
    public static void requireWorker(String work) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException(work + " must not run on the event loop; emitOn(Workers.pool()) first");
        }
    }
}
