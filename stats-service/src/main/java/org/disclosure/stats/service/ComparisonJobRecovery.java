package org.disclosure.stats.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs again the comparison jobs an instance left unfinished when it stopped (a restart, a crash, a pod scaled away):
 * at start-up and then every {@code stats.comparison-jobs.check-every}, the jobs silent for longer than
 * {@code stats.comparison-jobs.stale-after} are claimed ({@link ComparisonJobService#claimAbandoned}) and started
 * here. A job still running elsewhere writes its heartbeat after every page and is left alone. A Vert.x timer rather
 * than quarkus-scheduler: one periodic query does not justify another extension.
 */
@ApplicationScoped
public class ComparisonJobRecovery {

    private static final Logger LOG = Logger.getLogger(ComparisonJobRecovery.class);

    private final ComparisonJobService jobs;
    private final Vertx vertx;
    private final Duration staleAfter;
    private final Duration checkEvery;
    private volatile long timer = -1;

    public ComparisonJobRecovery(ComparisonJobService jobs, Vertx vertx,
            @ConfigProperty(name = "stats.comparison-jobs.stale-after") Duration staleAfter,
            @ConfigProperty(name = "stats.comparison-jobs.check-every") Duration checkEvery) {
        this.jobs = jobs;
        this.vertx = vertx;
        this.staleAfter = staleAfter;
        this.checkEvery = checkEvery;
    }

    void onStart(@Observes StartupEvent started) {
        check();
        timer = vertx.setPeriodic(checkEvery.toMillis(), ignored -> check());
    }

    void onStop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) vertx.cancelTimer(timer);
    }

    /** Claims the abandoned jobs and starts each on this instance; answers their ids. */
    public Uni<List<UUID>> resumeAbandoned() {
        return jobs.claimAbandoned(staleAfter).invoke(ids -> ids.forEach(id -> {
            LOG.infof("comparison job %s was left unfinished by a stopped instance; running it again", id);
            jobs.start(id);
        }));
    }

    /** On a Vert.x context of its own, as Hibernate Reactive requires; a failure (database away) waits for the next. */
    private void check() {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> resumeAbandoned().subscribe().with(
                ids -> { },
                failure -> LOG.warnf("abandoned comparison jobs not checked: %s", failure.getMessage())));
    }
}
