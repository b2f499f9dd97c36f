package org.disclosure.contracts.findings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A rule either found a violation or could not be assessed because its inputs are missing. */
public enum FindingStatus {
    VIOLATED, NOT_ASSESSABLE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
