package org.disclosure.dashboard.client;

import java.math.BigDecimal;

/** A correction of one cell as stats-service takes it. */
public record CorrectionRequest(String cell, BigDecimal oldValue, BigDecimal newValue, String reason) {
}
