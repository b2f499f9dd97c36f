package org.disclosure.validate.service;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.disclosure.validate.repository.RevalidationJob;
import org.disclosure.validate.repository.RevalidationJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Re-validations as jobs: {@link #start} stores a running job and returns at once; the walk
 * ({@link RevalidationService#all}) runs in the background on a Vert.x context of its own, outside any HTTP request,
 * and notes its progress in the job after every page, with a heartbeat every {@code heartbeat-every} while a page
 * takes long. One job runs at a time in the whole deployment. A job whose instance stopped (silent for longer than
 * {@code stale-after}) is marked failed when the next one is asked for or when it is read: a restart loses the
 * run, never the results it published, and a new job publishes everything again (stats-service stores each
 * result once).
 */
@ApplicationScoped
public class RevalidationJobService {

    private static final Logger LOG = Logger.getLogger(RevalidationJobService.class);
    static final String ABANDONED = "运行该任务的实例已停止，请重新发起 / the instance running the job stopped; start a new one";
    static final String FAILED = "重新校验失败，详情已记录在日志中 / re-validation failed; the details are in the log";

    private final RevalidationJobs jobs;
    private final RevalidationService revalidation;
    private final ValidationService validation;
    private final Vertx vertx;
    private final Duration heartbeatEvery;
    private final Duration staleAfter;

    public RevalidationJobService(RevalidationJobs jobs, RevalidationService revalidation, ValidationService validation,
            Vertx vertx, @ConfigProperty(name = "validate.revalidation.heartbeat-every") Duration heartbeatEvery,
            @ConfigProperty(name = "validate.revalidation.stale-after") Duration staleAfter) {
        this.jobs = jobs;
        this.revalidation = revalidation;
        this.validation = validation;
        this.vertx = vertx;
        this.heartbeatEvery = heartbeatEvery;
        this.staleAfter = staleAfter;
    }

    /** The job asked for: a new running one ({@code started}), or the one already running (not started). */
    public record Started(RevalidationJob job, boolean started) {
    }

    /** Starts a re-validation of every stored report unless one is running; answers without waiting for it. */
    public Uni<Started> start() {
        UUID id = UUID.randomUUID();
        return jobs.failAbandoned(staleAfter, ABANDONED)
                .flatMap(ignored -> jobs.start(id, validation.ruleSetVersion()))
                .flatMap(job -> {
                    if (job != null) {
                        run(job);
                        return Uni.createFrom().item(new Started(job, true));
                    }
                    // the running job may have finished between the insert and this read: then ask again
                    return jobs.running().flatMap(running -> running != null
                            ? Uni.createFrom().item(new Started(running, false)) : start());
                });
    }

    /** The job, or null; a running job whose instance stopped reads as failed. */
    public Uni<RevalidationJob> find(UUID id) {
        return jobs.failAbandoned(staleAfter, ABANDONED).flatMap(ignored -> jobs.find(id));
    }

    /**
     * Runs the walk on a new Vert.x context: the request's context (and its CDI request scope, which ends with the
     * answer) must not carry minutes of database callbacks, worker tasks and broker acknowledgements.
     */
    private void run(RevalidationJob job) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        context.runOnContext(ignored -> {
            long heartbeat = vertx.setPeriodic(heartbeatEvery.toMillis(), timer -> jobs.heartbeat(job.id())
                    .subscribe().with(done -> { }, failure -> LOG.warnf("heartbeat of re-validation %s: %s",
                            job.id(), failure)));
            long started = System.nanoTime();
            revalidation.all(published -> jobs.progress(job.id(), published))
                    .onItemOrFailure().call((total, failure) -> {
                        vertx.cancelTimer(heartbeat);
                        return jobs.finish(job.id(), failure == null ? RevalidationJob.State.DONE
                                        : RevalidationJob.State.FAILED, failure == null ? null : FAILED)
                                // the database may be briefly away at the end of a long run
                                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                                .atMost(20);
                    })
                    .subscribe().with(
                            total -> LOG.infof("re-validation %s: %d reports in %d ms with rule set %s", job.id(),
                                    total, (System.nanoTime() - started) / 1_000_000, job.ruleSetVersion()),
                            failure -> LOG.errorf(failure, "re-validation %s failed", job.id()));
        });
    }
}
