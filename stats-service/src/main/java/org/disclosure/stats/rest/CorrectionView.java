package org.disclosure.stats.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A correction as the API shows it. {@code version} is the id of the version it made, once validated
 * ({@code status} {@code stored}); until then {@code status} is {@code pending} and {@code version} null.
 * {@code submissionId} is ingest's submission (its original file); {@code correctedVersion} the version corrected.
 */
public record CorrectionView(UUID id, UUID submissionId, UUID correctedVersion, UUID version, String agency,
        String regionCode, Integer year, String cell, String cellMeaning, BigDecimal oldValue, BigDecimal newValue,
        String reason, String correctedBy, Instant correctedAt, Instant storedAt, String status) {
}
