package org.disclosure.contracts.report;

import java.util.UUID;
import org.disclosure.contracts.events.SubmissionMetadata;

/**
 * How reports of one agency are matched across years and versions: by its region and its name, ignoring
 * spacing. Two provinces each have a 财政局 and two cities a 鼓楼区人民政府; without the region one's upload would
 * supersede the other's report. The region is the one the parser read, or else the one the submitter named,
 * as everywhere else in the pipeline.
 */
public final class AgencyKey {

    private static final String SEPARATOR = ":";

    private AgencyKey() {
    }

    /** The key of the report's agency, or null when the parser found no agency. */
    public static String of(ParsedReport report, SubmissionMetadata metadata) {
        if (report.agency() == null) return null;
        String name = report.agency().replaceAll("\\s+", "");
        String region = regionCode(report, metadata);
        return region == null ? name : region + SEPARATOR + name;
    }

    /** The Kafka message key for events about the report: its agency, or the submission when there is none. */
    public static String messageKey(ParsedReport report, SubmissionMetadata metadata, UUID submissionId) {
        String agency = of(report, metadata);
        return agency != null ? agency : submissionId.toString();
    }

    private static String regionCode(ParsedReport report, SubmissionMetadata metadata) {
        if (report.region() != null && report.region().code() != null) return report.region().code();
        return metadata == null ? null : metadata.regionCode();
    }
}
