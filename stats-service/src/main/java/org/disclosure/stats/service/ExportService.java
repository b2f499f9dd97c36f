package org.disclosure.stats.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.disclosure.stats.mapping.CorrectionNotes;
import org.disclosure.stats.mapping.ExportTable;
import org.disclosure.stats.mapping.ExportTables;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.mapping.TableWriter;
import org.disclosure.stats.repository.ListPosition;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.Correction;
import org.disclosure.stats.repository.ReportHeader;
import org.disclosure.stats.rest.ReportSummary;

/**
 * Writes the exports as they are read: the report list a page of {@value #PAGE} summary rows at a time, so that
 * memory stays bounded by a page whatever the number of reports. Runs on a worker (the writing blocks on the
 * client); each page is read on a Vert.x context by {@link ReactiveReads}.
 */
@ApplicationScoped
public class ExportService {

    /** Summary rows read and written at a time. */
    static final int PAGE = 5_000;
    /** A worksheet's limit (Excel: 1,048,576 rows, one is the title); CSV keeps the same for one behaviour. */
    public static final int MAX_EXPORT_ROWS = 1_048_575;

    private final ReportService reports;
    private final IndicatorService indicators;
    private final ReportMapper mapper;
    private final ReactiveReads reads;
    private final CorrectionService corrections;
    private final IndicatorFiles files;

    public ExportService(ReportService reports, IndicatorService indicators, ReportMapper mapper, ReactiveReads reads,
            CorrectionService corrections, IndicatorFiles files) {
        this.corrections = corrections;
        this.files = files;
        this.reports = reports;
        this.indicators = indicators;
        this.mapper = mapper;
        this.reads = reads;
    }

    /** The report list of the filter, in the list's order, page after page; returns the number of rows. */
    public int writeReports(ReportFilter filter, TableWriter writer) throws IOException {
        return writeReports(filter, writer, PAGE);
    }

    /**
     * Each page starts where the one before ended ({@link ListPosition}, keyset paging: issue 16, an OFFSET read and
     * dropped every earlier row again, so the pages of a national export got slower and slower). The title row goes
     * out before the first page is read, so the client sees the file start at once.
     */
    public int writeReports(ReportFilter filter, TableWriter writer, int pageSize) throws IOException {
        Workers.requireWorker("writing an export");
        writer.columns(ExportTables.REPORT_SHEET, ExportTables.REPORT_COLUMNS);
        int written = 0;
        ListPosition position = null;
        while (written < MAX_EXPORT_ROWS) {
            ListPosition after = position;
            List<ReportHeader> headers = reads.await(() -> reports.listAfter(filter, after, pageSize));
            if (headers.isEmpty()) break;
            int room = Math.min(headers.size(), MAX_EXPORT_ROWS - written);
            List<ReportSummary> rows = headers.subList(0, room).stream().map(mapper::toSummary).toList();
            Map<UUID, List<Correction>> corrected = reads.await(() -> corrections.appliedTo(
                    rows.stream().map(ReportSummary::id).toList()));
            writer.rows(ExportTables.reportRows(rows, CorrectionNotes.of(corrected)));
            written += room;
            if (headers.size() < pageSize) break;
            position = ListPosition.of(headers.getLast());
        }
        writer.finish();
        return written;
    }

    /**
     * The indicator table as a file: one row per area (or agency) and year, aggregated before it is written, in
     * memory (a nation's counties of every year are 9,000 rows, a megabyte). {@code format} names the format for
     * {@link IndicatorFiles}, which sends the file of an unchanged table again.
     */
    public byte[] indicatorFile(ReportFilter filter, AggregationLevel level, String format,
            Function<ExportTable, byte[]> write) {
        Workers.requireWorker("writing an export");
        List<IndicatorLine> rows = reads.await(() -> indicators.table(filter, level));
        return files.file(format, rows, () -> write.apply(ExportTables.indicators(rows)));
    }
}
