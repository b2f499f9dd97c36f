package org.disclosure.dashboard.view;

import org.disclosure.contracts.report.SourceLocation;

/** Where a value stands in the original document, in Chinese ("第 2 页 第 14 行 第 9 列"). */
public final class SourceText {

    private SourceText() {
    }

    public static String of(SourceLocation location) {
        if (location == null) return "";
        StringBuilder text = new StringBuilder();
        if (location.page() != null) text.append("第 ").append(location.page()).append(" 页 ");
        if (location.line() != null) text.append("第 ").append(location.line()).append(" 行 ");
        if (location.column() != null) text.append("第 ").append(location.column()).append(" 列 ");
        if (location.cell() != null) text.append(location.cell());
        return text.toString().trim();
    }
}
