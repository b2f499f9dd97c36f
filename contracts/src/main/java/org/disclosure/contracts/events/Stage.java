package org.disclosure.contracts.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The steps a submission goes through; the FAILED variants carry a reason. */
public enum Stage {
    RECEIVED, PARSED, PARSE_FAILED, VALIDATED, VALIDATION_FAILED, STORED, STORE_FAILED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean failed() {
        return this == PARSE_FAILED || this == VALIDATION_FAILED || this == STORE_FAILED;
    }
}
