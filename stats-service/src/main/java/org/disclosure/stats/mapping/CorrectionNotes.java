package org.disclosure.stats.mapping;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.disclosure.stats.repository.Correction;

/** The corrections a version holds, as one line of an export: "cell 旧值→新值（who 日期：reason）；…". */
public final class CorrectionNotes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private CorrectionNotes() {
    }

    public static Map<UUID, String> of(Map<UUID, List<Correction>> applied) {
        Map<UUID, String> notes = new LinkedHashMap<>();
        applied.forEach((version, corrections) -> notes.put(version,
                corrections.stream().map(CorrectionNotes::describe).collect(Collectors.joining("；"))));
        return notes;
    }

    static String describe(Correction correction) {
        return correction.cell + " " + number(correction.oldValue) + "→" + number(correction.newValue) + "（"
                + correction.correctedBy + " " + DAY.format(correction.correctedAt) + "：" + correction.reason + "）";
    }

    private static String number(BigDecimal value) {
        return value == null ? "空白" : value.stripTrailingZeros().toPlainString();
    }
}
