package org.disclosure.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.rules.support.RequestRow;
import org.disclosure.rules.support.RequestTable;

/**
 * The indicators of DOMAIN.md, computed from one report's cells or from summed cells ({@link CellSums}).
 * A rate is a fraction (0.2500, not 25%) with scale {@value #SCALE}, rounded half up; it is null when the
 * denominator is 0 or an input is missing — an undefined rate is not 0. Regional rates come from summed
 * counts, never from averaging the reports' rates.
 */
public final class Indicators {

    public static final int SCALE = 4;

    private final Map<String, BigDecimal> cells;

    private Indicators(Map<String, BigDecimal> cells) {
        this.cells = cells;
    }

    public static Indicators of(Map<String, BigDecimal> cells) {
        return new Indicators(new LinkedHashMap<>(cells));
    }

    /** 本年新收 apply.new.total. */
    public BigDecimal applicationsReceived() {
        return cells.get("apply.new.total");
    }

    /** 办结 apply.total.total. */
    public BigDecimal applicationsHandled() {
        return cells.get("apply.total.total");
    }

    /** 实质公开率: (granted + partial) / total handled. */
    public BigDecimal substantiveDisclosureRate() {
        return rate(sum(List.of("apply.granted.total", "apply.partial.total")), applicationsHandled());
    }

    /** 不予公开 rows / total handled. */
    public BigDecimal denialRate() {
        return rate(groupTotal(RequestTable.DENIED_GROUP), applicationsHandled());
    }

    /** 无法提供 rows / total handled. */
    public BigDecimal unableRate() {
        return rate(groupTotal(RequestTable.UNABLE_GROUP), applicationsHandled());
    }

    /** 不予处理 rows / total handled. */
    public BigDecimal notProcessedRate() {
        return rate(groupTotal(RequestTable.NOT_PROCESSED_GROUP), applicationsHandled());
    }

    /** carried forward / (new + carried over). */
    public BigDecimal carryForwardRate() {
        return rate(cells.get("apply.carried_forward.total"), sum(List.of("apply.new.total", "apply.carried_over.total")));
    }

    /** apply.new.natural / apply.new.total. */
    public BigDecimal naturalPersonShare() {
        return rate(cells.get("apply.new.natural"), applicationsReceived());
    }

    /** 复议纠错率: review.corrected / (review.total − review.pending). */
    public BigDecimal reviewCorrectionRate() {
        return rate(cells.get("review.corrected"), difference("review.total", "review.pending"));
    }

    /** 诉讼纠错率: corrected / (total − pending), both litigation groups summed. */
    public BigDecimal litigationCorrectionRate() {
        BigDecimal corrected = sum(List.of("litigation_direct.corrected", "litigation_after_review.corrected"));
        BigDecimal decided = add(difference("litigation_direct.total", "litigation_direct.pending"),
                difference("litigation_after_review.total", "litigation_after_review.pending"));
        return rate(corrected, decided);
    }

    /** 争议转化率: (review.total + both litigation totals) / apply.new.total. */
    public BigDecimal disputeRate() {
        return rate(sum(List.of("review.total", "litigation_direct.total", "litigation_after_review.total")), applicationsReceived());
    }

    /** All indicators by name, for exports; undefined ones map to null. */
    public Map<String, BigDecimal> asMap() {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        all.put("applications_received", applicationsReceived());
        all.put("applications_handled", applicationsHandled());
        all.put("substantive_disclosure_rate", substantiveDisclosureRate());
        all.put("denial_rate", denialRate());
        all.put("unable_rate", unableRate());
        all.put("not_processed_rate", notProcessedRate());
        all.put("carry_forward_rate", carryForwardRate());
        all.put("natural_person_share", naturalPersonShare());
        all.put("review_correction_rate", reviewCorrectionRate());
        all.put("litigation_correction_rate", litigationCorrectionRate());
        all.put("dispute_rate", disputeRate());
        return all;
    }

    private BigDecimal groupTotal(String group) {
        List<String> keys = new ArrayList<>();
        for (RequestRow row : RequestTable.group(group)) keys.add(row.prefix() + ".total");
        return sum(keys);
    }

    private BigDecimal sum(List<String> keys) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String key : keys) {
            sum = add(sum, cells.get(key));
        }
        return sum;
    }

    private BigDecimal difference(String minuend, String subtrahend) {
        BigDecimal a = cells.get(minuend);
        BigDecimal b = cells.get(subtrahend);
        return a == null || b == null ? null : a.subtract(b);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    private static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) return null;
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
    }
}
