package org.disclosure.stats.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.stats.repository.Correction;
import org.disclosure.stats.rest.CorrectionView;

@ApplicationScoped
public class CorrectionMapper {

    private final CellCatalog catalog = CellCatalog.standard();

    public CorrectionView toView(Correction correction) {
        boolean stored = correction.storedAt != null;
        return new CorrectionView(correction.id, correction.submissionId, correction.correctedVersion,
                stored ? correction.id : null, correction.agency, correction.regionCode, correction.year,
                correction.cell, catalog.find(correction.cell).map(CellDefinition::meaning).orElse(null),
                plain(correction.oldValue), plain(correction.newValue), correction.reason, correction.correctedBy,
                correction.correctedAt, correction.storedAt, stored ? "stored" : "pending");
    }

    /** 12, not the column's 12.0000: the value as the report has it. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
