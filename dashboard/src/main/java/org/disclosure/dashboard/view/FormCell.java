package org.disclosure.dashboard.view;

import java.util.List;

/**
 * One cell of a form table.
 *
 * @param key      canonical key, empty for a position the format does not have
 * @param value    the value as written, "—" for a blank cell, "未读取" when the parser did not find it
 * @param raw      the text it was read from
 * @param source   where that text stands in the document
 * @param findings anchors of the violated findings that name the cell
 * @param severity the highest severity among them (error, warning, info), empty when none
 * @param message  their messages, one per line, for the tooltip
 */
public record FormCell(String key, String value, String raw, String source, List<String> findings, String severity,
        String message) {

    static FormCell empty() {
        return new FormCell("", "", "", "", List.of(), "", "");
    }

    public boolean exists() {
        return !key.isEmpty();
    }

    public boolean flagged() {
        return !findings.isEmpty();
    }
}
