package org.disclosure.dashboard.view;

import org.disclosure.contracts.findings.Severity;

/** Chinese names and style classes of finding severities. */
public final class Severities {

    private Severities() {
    }

    public static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    public static String label(String severity) {
        return severity == null ? "" : label(Severity.valueOf(severity.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The CSS class of a severity: error, warning, info. */
    public static String css(Severity severity) {
        return severity.name().toLowerCase(java.util.Locale.ROOT);
    }
}
