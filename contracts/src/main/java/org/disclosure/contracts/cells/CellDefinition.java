package org.disclosure.contracts.cells;

import java.util.Set;
import org.disclosure.contracts.report.FormatVersion;

/** One canonical cell: its stable key, the formats that have it and what it means in the printed table. */
public record CellDefinition(String key, Set<FormatVersion> formats, String meaning) {

    /** The table the cell belongs to: "active" (二), "requests" (三) or "appeals" (四). */
    public String table() {
        if (key.startsWith("active.")) return "active";
        if (key.startsWith("apply.")) return "requests";
        return "appeals";
    }
}
