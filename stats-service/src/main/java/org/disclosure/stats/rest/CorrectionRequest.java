package org.disclosure.stats.rest;

import java.math.BigDecimal;

/**
 * A supervisor's correction of one cell: its key (cells.tsv), the value she saw (null: blank), the value it should
 * hold, and why.
 */
public record CorrectionRequest(String cell, BigDecimal oldValue, BigDecimal newValue, String reason) {
}
