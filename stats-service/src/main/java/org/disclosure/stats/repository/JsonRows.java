package org.disclosure.stats.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.disclosure.contracts.CanonicalJson;

/**
 * Many rows as one statement parameter: a JSON array of arrays that PostgreSQL unpacks with
 * {@code jsonb_array_elements}. A report's 226 cells are then part of the one statement that stores it (V31
 * {@code store_report}) instead of one INSERT each (issue 16). Nulls stay nulls.
 */
final class JsonRows {

    private JsonRows() {
    }

    static String of(List<Object[]> rows) {
        try {
            return CanonicalJson.mapper().writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rows that cannot be written as JSON", e);
        }
    }
}
