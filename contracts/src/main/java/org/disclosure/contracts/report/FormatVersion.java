package org.disclosure.contracts.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The two official layouts of the annual report tables (国办公开办函〔2019〕60号 and 〔2021〕30号). */
public enum FormatVersion {
    F2019("2019"),
    F2021("2021");

    private final String label;

    FormatVersion(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static FormatVersion of(String label) {
        for (FormatVersion version : values()) {
            if (version.label.equals(label)) {
                return version;
            }
        }
        throw new IllegalArgumentException("unknown format version: " + label);
    }

    /** The format an agency must use for a report on the given year. */
    public static FormatVersion requiredFor(int year) {
        return year >= 2021 ? F2021 : F2019;
    }
}
