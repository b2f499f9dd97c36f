package org.disclosure.stats.repository;

/**
 * Report counts behind the compliance figures: all selected reports, those without an error finding, those
 * the deadline rule found late and those whose publication date it could not assess.
 */
public record ComplianceCounts(long reports, long errorFree, long late, long publicationUnknown) {
}
