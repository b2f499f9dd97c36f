package org.disclosure.stats.service;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Lets a worker that writes a file as it goes (a streamed export) read its next page with Hibernate Reactive: the
 * read runs on a Vert.x context of its own, as Hibernate Reactive requires, and the worker waits for its result.
 * Waiting is what a worker may do and the event loop may not; the entities never leave the context's session.
 */
@ApplicationScoped
public class ReactiveReads {

    /** A page that takes longer than this has met a database that is not answering; the export fails. */
    private static final long PAGE_TIMEOUT_SECONDS = 60;

    private final Vertx vertx;

    public ReactiveReads(Vertx vertx) {
        this.vertx = vertx;
    }

    public <T> T await(Supplier<Uni<T>> read) {
        Workers.requireWorker("waiting for a database read");
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(ignored -> read.get().subscribe().with(result::complete, result::completeExceptionally));
        try {
            return result.get(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a page of the export was not read within " + PAGE_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a page of the export", e);
        }
    }
}
