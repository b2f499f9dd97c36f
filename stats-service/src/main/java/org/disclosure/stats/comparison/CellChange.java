package org.disclosure.stats.comparison;

import java.math.BigDecimal;
import java.util.List;

/**
 * One canonical cell in both reports. {@code absolute} is right − left and {@code relative} that change over |left|
 * (scale 4), both null when a value is blank or absent (or left is 0 for the relative change). {@code checks} are the
 * cross-year identities (Y01, Y02) this cell takes part in, worked out from the two reports themselves, and
 * {@code findings} the right report's stored Y01/Y02 findings that name it.
 */
public record CellChange(String key, String label, String table, boolean inLeft, boolean inRight, BigDecimal left,
        BigDecimal right, BigDecimal absolute, BigDecimal relative, boolean changed, boolean implausible,
        String implausibleReason, List<CarryOverCheck> checks, List<String> findings) {
}
