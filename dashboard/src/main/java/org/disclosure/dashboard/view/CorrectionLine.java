package org.disclosure.dashboard.view;

import java.util.UUID;

/**
 * One correction as a line of a page: the cell (key and meaning), old → new, who, when, why, and where it stands
 * ({@code version}: the version it made, null while validation runs).
 */
public record CorrectionLine(UUID id, String cell, String cellMeaning, String oldValue, String newValue,
        String correctedBy, String correctedAt, String reason, boolean pending, UUID version, UUID correctedVersion,
        String agency, String regionCode, String year) {
}
