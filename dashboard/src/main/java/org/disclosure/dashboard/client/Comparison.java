package org.disclosure.dashboard.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** stats-service's comparison of two reports (left = the earlier), the parts the 对比 page shows. */
public record Comparison(Side left, Side right, boolean sameAgency, int cellsCompared, int cellsChanged,
        int cellsImplausible, int carryOverInconsistent, List<Cell> cells, Narrative narrative, Findings findings) {

    public record Side(UUID id, String agency, String regionCode, Integer year, String format) {
    }

    public record Cell(String key, String label, String table, boolean inLeft, boolean inRight, BigDecimal left,
            BigDecimal right, BigDecimal absolute, BigDecimal relative, boolean changed, boolean implausible,
            String implausibleReason, List<Check> checks, List<String> findings) {
    }

    public record Check(String rule, String cell, BigDecimal expected, BigDecimal actual, Boolean consistent,
            String explanation) {
    }

    public record Narrative(Double copiedShare, boolean copied, int unchanged, int changed, int added, int removed,
            int copiedSentences, List<Sentence> sentences, String copyFinding) {
    }

    public record Sentence(String status, String section, Integer leftLine, Integer rightLine, String left,
            String right, double similarity, boolean copied) {

        /** 未变, 修改, 新增 or 删除. */
        public String statusLabel() {
            return switch (status == null ? "" : status.toUpperCase(java.util.Locale.ROOT)) {
                case "UNCHANGED" -> "未变";
                case "CHANGED" -> "修改";
                case "NEW" -> "新增";
                case "REMOVED" -> "删除";
                default -> String.valueOf(status);
            };
        }
    }

    public record Findings(List<FindingChange> fixed, List<FindingChange> added, List<FindingChange> stillPresent) {
    }

    public record FindingChange(String rule, String severity, List<String> cells, String leftMessage,
            String rightMessage, List<String> evidence) {
    }
}
