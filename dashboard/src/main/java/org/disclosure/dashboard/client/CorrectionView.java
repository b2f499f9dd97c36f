package org.disclosure.dashboard.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A correction as stats-service shows it: {@code version} is the version it made once validated again
 * ({@code status} stored), null while pending; {@code submissionId} is ingest's submission (the original file).
 */
public record CorrectionView(UUID id, UUID submissionId, UUID correctedVersion, UUID version, String agency,
        String regionCode, Integer year, String cell, String cellMeaning, BigDecimal oldValue, BigDecimal newValue,
        String reason, String correctedBy, Instant correctedAt, Instant storedAt, String status) {

    public boolean pending() {
        return !"stored".equals(status);
    }
}
