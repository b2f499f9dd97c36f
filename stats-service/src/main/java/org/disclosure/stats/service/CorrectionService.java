package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.stats.messaging.CorrectionPublisher;
import org.disclosure.stats.repository.Correction;
import org.disclosure.stats.repository.CorrectionRepository;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.Report;
import org.disclosure.stats.repository.ReportRepository;
import org.jboss.logging.Logger;

/**
 * Corrections of misread cells (issue 13). A correction is stored with who and when, and the corrected report is
 * sent through validation again as a parsed report of the same submission and attempt: every rule runs on it, and
 * it comes back as a new version (id = the correction's id) that supersedes the corrected one, which is kept.
 * ingest sees the round trip's steps as repetitions of steps the submission already took, so its stage stays.
 */
@ApplicationScoped
public class CorrectionService {

    private static final Logger LOG = Logger.getLogger(CorrectionService.class);
    /** A correction not back from validation after this long (a lost event) no longer blocks the next one. */
    private static final Duration PENDING_FOR_AT_MOST = Duration.ofMinutes(10);

    private final ReportRepository reports;
    private final CorrectionRepository corrections;
    private final CorrectionPublisher publisher;
    private final CellCatalog catalog = CellCatalog.standard();

    public CorrectionService(ReportRepository reports, CorrectionRepository corrections,
            CorrectionPublisher publisher) {
        this.reports = reports;
        this.corrections = corrections;
        this.publisher = publisher;
    }

    /**
     * Corrects one cell of the report (the current version of its agency and year). Null when the viewer may not
     * see the report; {@link CorrectionRefusedException} when the request is invalid or stale. The event is sent
     * inside the transaction: a correction the broker did not take is not stored.
     */
    @WithTransaction
    public Uni<Correction> correct(UUID reportId, RegionScope viewerScope, CellCorrection request, String who) {
        return reports.findVisible(reportId, viewerScope).flatMap(report -> {
            if (report == null) return Uni.createFrom().nullItem();
            Uni<Void> locked = report.agencyKey == null || report.year == null ? Uni.createFrom().voidItem()
                    : reports.lockVersionsOf(report.agencyKey, report.year);
            return locked.flatMap(ignored -> corrections.pendingOn(report.submissionId,
                            Instant.now().minus(PENDING_FOR_AT_MOST)))
                    .flatMap(pending -> {
                        if (!report.current) {
                            throw CorrectionRefusedException.conflict("该版本已被更新的版本取代，请在当前版本上更正"
                                    + " / a later version supersedes this one; correct the current version");
                        }
                        if (pending > 0) {
                            throw CorrectionRefusedException.conflict("上一次更正正在重新校验，请稍后刷新再更正"
                                    + " / the previous correction is still being validated; reload in a moment");
                        }
                        return corrections.findById(report.submissionId);
                    })
                    .flatMap(earlier -> {
                        ParsedReport corrected = request.applyTo(
                                CanonicalJson.read(report.reportJson, ParsedReport.class), catalog);
                        Correction correction = record(report, earlier, request, who);
                        return corrections.persist(correction)
                                .call(() -> publisher.publish(event(report, correction, corrected)))
                                .invoke(() -> LOG.infof("correction %s of report %s by %s: %s %s -> %s",
                                        correction.id, report.submissionId, who, correction.cell,
                                        correction.oldValue, correction.newValue));
                    });
        });
    }

    private static Correction record(Report report, Correction earlier, CellCorrection request, String who) {
        Correction correction = new Correction();
        correction.id = UUID.randomUUID();
        correction.submissionId = earlier == null ? report.submissionId : earlier.submissionId;
        correction.correctedVersion = report.submissionId;
        correction.agency = report.agency;
        correction.regionCode = report.regionCode;
        correction.year = report.year;
        correction.cell = request.cell();
        correction.oldValue = request.oldValue();
        correction.newValue = request.newValue();
        correction.reason = request.reason().strip();
        correction.correctedBy = who;
        // microseconds, as PostgreSQL keeps them: the submission time of the new version compares exactly
        correction.correctedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return correction;
    }

    /**
     * The corrected report as parse-service would have sent it: the same submission, file and attempt, the
     * correction's time as its submission time (so the new version is the latest) and the correction's id in the
     * metadata, which validation passes on untouched.
     */
    private static ReportParsed event(Report report, Correction correction, ParsedReport corrected) {
        SubmissionMetadata metadata = new SubmissionMetadata(report.agency, report.regionCode, report.year,
                report.publishedOn, null, correction.id);
        return new ReportParsed(correction.submissionId, report.fileName, report.sha256, metadata, corrected,
                correction.correctedAt, report.attempt == null ? 1 : report.attempt);
    }

    /** Every correction of the report's agency and year (the versions given), with the chains they form. */
    @WithSession
    public Uni<List<Correction>> ofVersions(Collection<UUID> versionIds) {
        return corrections.withIds(versionIds).flatMap(made -> {
            Set<UUID> submissions = new HashSet<>(versionIds);
            made.forEach(correction -> submissions.add(correction.submissionId));
            return corrections.ofSubmissions(submissions);
        });
    }

    /** For each version given, the corrections it holds (versions without any are left out). */
    @WithSession
    public Uni<Map<UUID, List<Correction>>> appliedTo(Collection<UUID> versionIds) {
        return corrections.withIds(versionIds).flatMap(made -> {
            if (made.isEmpty()) return Uni.createFrom().item(Map.<UUID, List<Correction>>of());
            Set<UUID> submissions = new HashSet<>();
            made.forEach(correction -> submissions.add(correction.submissionId));
            return corrections.ofSubmissions(submissions).map(all -> {
                CorrectionChains chains = new CorrectionChains(all);
                Map<UUID, List<Correction>> applied = new LinkedHashMap<>();
                made.forEach(correction -> applied.put(correction.id, chains.appliedTo(correction.id)));
                return applied;
            });
        });
    }

    /** Every correction, newest first (national users). */
    @WithSession
    public Uni<List<Correction>> page(int page, int size) {
        return corrections.page(page, size);
    }
}
