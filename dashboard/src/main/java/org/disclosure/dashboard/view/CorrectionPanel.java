package org.disclosure.dashboard.view;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the 报告详情 page shows of corrections: those the version holds (its cells marked), those still being
 * validated, the history's corrected versions, the cells that can be corrected, and the submission whose original
 * file the page offers.
 *
 * @param applied     corrections this version holds, oldest first
 * @param pending     corrections of this version on their way through validation
 * @param byVersion   a version's line in the history: the correction that made it
 * @param cells       the report's cells for the correction form, in form order
 * @param submission  ingest's submission the version was read from (its original file)
 * @param error       stats-service's refusal of the last correction, shown above the form
 * @param submitted   the correction just made, shown until it is validated
 */
public record CorrectionPanel(List<CorrectionLine> applied, List<CorrectionLine> pending,
        Map<UUID, CorrectionLine> byVersion, List<CellChoice> cells, UUID submission, String error,
        CorrectionLine submitted) {

    /** One cell the form offers: key, where it stands on the form, its current value as shown. */
    public record CellChoice(String key, String label, String value) {
    }

    public boolean corrected(String key) {
        return correctedKeys().contains(key);
    }

    /** The last correction of the cell this version holds, for the cell's tooltip. */
    public String note(String key) {
        CorrectionLine last = null;
        for (CorrectionLine line : applied) if (line.cell().equals(key)) last = line;
        return last == null ? "" : "已更正：" + last.oldValue() + " → " + last.newValue() + "（" + last.correctedBy()
                + "，" + last.correctedAt() + "：" + last.reason() + "）";
    }

    public CorrectionLine madeBy(UUID version) {
        return byVersion.get(version);
    }

    private Set<String> correctedKeys() {
        return applied.stream().map(CorrectionLine::cell).collect(java.util.stream.Collectors.toSet());
    }
}
