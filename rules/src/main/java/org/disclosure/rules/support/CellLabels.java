package org.disclosure.rules.support;

import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;

/** The printed meaning of a cell next to its key, so a supervisor can find it on the page. */
public final class CellLabels {

    private CellLabels() {
    }

    /** "三（一）予以公开 × 自然人 [apply.granted.natural]", or the bare key when it is not in the catalog. */
    public static String describe(String key) {
        return CellCatalog.standard().find(key).map(CellDefinition::meaning).map(m -> m + " [" + key + "]").orElse(key);
    }
}
