package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.stats.comparison.AgencyChange;
import org.disclosure.stats.comparison.BatchRanking;
import org.disclosure.stats.comparison.BatchResult;
import org.disclosure.stats.comparison.OneYearAgency;
import org.disclosure.stats.comparison.ReportComparer;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.repository.ComparisonJob;
import org.disclosure.stats.repository.ComparisonJobRepository;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.Report;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.ReportKey;
import org.disclosure.stats.repository.ReportRepository;
import org.jboss.logging.Logger;

/**
 * Batch comparisons of a region between two years, run as jobs: the request stores the job and returns; the work
 * runs on its own Vert.x context, reading {@value #PAGE} pairs of reports at a time, comparing them on a worker and
 * writing the progress after each page. The result stays in the job's row until the job is run again.
 */
@ApplicationScoped
public class ComparisonJobService {

    private static final Logger LOG = Logger.getLogger(ComparisonJobService.class);
    static final int PAGE = 20;

    private final ComparisonJobRepository jobs;
    private final ReportRepository reports;
    private final ReportMapper mapper;
    private final RegionDirectory regions;
    private final Vertx vertx;
    private final ReportComparer comparer = new ReportComparer();

    public ComparisonJobService(ComparisonJobRepository jobs, ReportRepository reports, ReportMapper mapper,
            RegionDirectory regions, Vertx vertx) {
        this.jobs = jobs;
        this.reports = reports;
        this.mapper = mapper;
        this.regions = regions;
        this.vertx = vertx;
    }

    /** The job and whether it has to be started (false while a run of it is still under way). */
    public record Submitted(ComparisonJob job, boolean start) {
    }

    /**
     * Creates the job of the region and years, or resets the finished one for a new run. Requests for the same job
     * at once are placed one after the other (the job's lock): the later ones return the queued job.
     */
    @WithTransaction
    public Uni<Submitted> submit(String regionCode, int leftYear, int rightYear, String requestedBy) {
        return jobs.lockJobOf(regionCode, leftYear, rightYear)
                .flatMap(locked -> jobs.findFor(regionCode, leftYear, rightYear)).flatMap(existing -> {
            if (existing != null && existing.active()) return Uni.createFrom().item(new Submitted(existing, false));
            ComparisonJob job = existing != null ? existing : new ComparisonJob();
            if (existing == null) {
                job.id = UUID.randomUUID();
                job.regionCode = regionCode;
                job.leftYear = leftYear;
                job.rightYear = rightYear;
            }
            job.status = ComparisonJob.QUEUED;
            job.total = 0;
            job.done = 0;
            job.requestedBy = requestedBy;
            job.requestedAt = Instant.now();
            job.heartbeatAt = job.requestedAt;
            job.startedAt = null;
            job.finishedAt = null;
            job.error = null;
            job.resultJson = null;
            Uni<ComparisonJob> stored = existing == null ? jobs.persist(job) : Uni.createFrom().item(job);
            return stored.map(saved -> new Submitted(saved, true));
        });
    }

    /**
     * Queues again, for this instance to run, the jobs whose instance stopped: unfinished, and silent for longer than
     * {@code staleAfter} (a running job writes its heartbeat after every page of {@value #PAGE} pairs).
     */
    @WithTransaction
    public Uni<List<UUID>> claimAbandoned(Duration staleAfter) {
        Instant now = Instant.now();
        return jobs.claimAbandoned(now.minus(staleAfter), now);
    }

    @WithSession
    public Uni<ComparisonJob> find(UUID id) {
        return jobs.findById(id);
    }

    /** The newest finished batch of the region and years, or null. */
    @WithSession
    public Uni<BatchResult> finishedResult(String regionCode, int leftYear, int rightYear) {
        return jobs.finished(regionCode, leftYear, rightYear).map(job -> job == null ? null : result(job));
    }

    public static BatchResult result(ComparisonJob job) {
        return job.resultJson == null ? null : CanonicalJson.read(job.resultJson, BatchResult.class);
    }

    /**
     * Runs the job in the background on a new Vert.x context of its own (the request's ends with the response);
     * failures are stored in the job, never thrown at the caller.
     */
    public void start(UUID id) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        Executor onContext = command -> context.runOnContext(ignored -> command.run());
        context.runOnContext(ignored -> run(id, onContext).subscribe().with(
                done -> LOG.infof("comparison job %s done", id),
                failure -> LOG.errorf(failure, "comparison job %s failed", id)));
    }

    Uni<Void> run(UUID id, Executor onContext) {
        return Panache.withTransaction(() -> jobs.findById(id).flatMap(job -> {
                    job.status = ComparisonJob.RUNNING;
                    job.startedAt = Instant.now();
                    job.heartbeatAt = job.startedAt;
                    job.done = 0;
                    ReportFilter region = ReportFilter.current(RegionScope.everywhere(), job.regionCode, null);
                    return reports.currentKeys(region, job.leftYear, job.rightYear)
                            .map(keys -> new Plan(job.regionCode, job.leftYear, job.rightYear, keys));
                }))
                .emitOn(Workers.pool())
                .map(Plan::paired)
                .emitOn(onContext)
                .call(plan -> Panache.withTransaction(() -> jobs.update("total = ?1, heartbeatAt = ?2 where id = ?3",
                        plan.pairs.size(), Instant.now(), id)))
                .flatMap(plan -> pages(id, plan, 0, new ArrayList<>(), onContext)
                        .emitOn(Workers.pool())
                        .map(rows -> CanonicalJson.write(new BatchResult(plan.regionCode, regions.name(plan.regionCode),
                                plan.leftYear, plan.rightYear, BatchRanking.rank(rows), plan.onlyLeft, plan.onlyRight))))
                .emitOn(onContext)
                .flatMap(json -> Panache.withTransaction(() -> jobs.findById(id).invoke(job -> {
                    job.status = ComparisonJob.DONE;
                    job.finishedAt = Instant.now();
                    job.resultJson = json;
                })))
                .onFailure().recoverWithUni(failure -> Uni.createFrom().voidItem().emitOn(onContext)
                        .flatMap(ignored -> Panache.withTransaction(() -> jobs.findById(id).invoke(job -> {
                            job.status = ComparisonJob.FAILED;
                            job.finishedAt = Instant.now();
                            job.error = String.valueOf(failure.getMessage());
                        }))).invoke(job -> LOG.errorf(failure, "comparison job %s failed", id)))
                .replaceWithVoid();
    }

    /** One page: its reports read on the context, compared on a worker, the progress written back on the context. */
    private Uni<List<AgencyChange>> pages(UUID id, Plan plan, int from, List<AgencyChange> rows, Executor onContext) {
        if (from >= plan.pairs.size()) return Uni.createFrom().item(rows);
        int to = Math.min(from + PAGE, plan.pairs.size());
        List<Pair> page = plan.pairs.subList(from, to);
        List<UUID> ids = new ArrayList<>();
        page.forEach(pair -> {
            ids.add(pair.left);
            ids.add(pair.right);
        });
        return Panache.withSession(() -> reports.byIds(ids))
                .emitOn(Workers.pool())
                .map(loaded -> {
                    Map<UUID, Report> byId = new LinkedHashMap<>();
                    loaded.forEach(report -> byId.put(report.submissionId, report));
                    for (Pair pair : page) {
                        Report left = byId.get(pair.left);
                        Report right = byId.get(pair.right);
                        // a version superseded since the plan was made is skipped, not failed
                        if (left == null || right == null) continue;
                        rows.add(AgencyChange.of(comparer.compare(mapper.toCompared(left), mapper.toCompared(right))));
                    }
                    return rows;
                })
                .emitOn(onContext)
                // the progress is the heartbeat too: a job that stops writing it is run again (ComparisonJobRecovery)
                .call(ignored -> Panache.withTransaction(() -> jobs.update("done = ?1, heartbeatAt = ?2 where id = ?3",
                        to, Instant.now(), id)))
                .flatMap(ignored -> pages(id, plan, to, rows, onContext));
    }

    record Pair(UUID left, UUID right) {
    }

    /** The current reports of both years paired by agency (contracts AgencyKey). */
    static final class Plan {
        final String regionCode;
        final int leftYear;
        final int rightYear;
        final List<ReportKey> keys;
        final List<Pair> pairs = new ArrayList<>();
        final List<OneYearAgency> onlyLeft = new ArrayList<>();
        final List<OneYearAgency> onlyRight = new ArrayList<>();

        Plan(String regionCode, int leftYear, int rightYear, List<ReportKey> keys) {
            this.regionCode = regionCode;
            this.leftYear = leftYear;
            this.rightYear = rightYear;
            this.keys = keys;
        }

        Plan paired() {
            Map<String, ReportKey> left = new LinkedHashMap<>();
            Map<String, ReportKey> right = new LinkedHashMap<>();
            for (ReportKey key : keys) {
                String agency = key.agencyKey() != null ? key.agencyKey() : key.submissionId().toString();
                if (Objects.equals(key.year(), leftYear)) left.put(agency, key);
                if (Objects.equals(key.year(), rightYear)) right.put(agency, key);
            }
            left.forEach((agency, key) -> {
                ReportKey later = right.get(agency);
                if (later != null) pairs.add(new Pair(key.submissionId(), later.submissionId()));
                else onlyLeft.add(oneYear(key));
            });
            right.forEach((agency, key) -> {
                if (!left.containsKey(agency)) onlyRight.add(oneYear(key));
            });
            return this;
        }

        private static OneYearAgency oneYear(ReportKey key) {
            return new OneYearAgency(key.agency(), key.regionCode(), key.year(), key.submissionId());
        }
    }
}
