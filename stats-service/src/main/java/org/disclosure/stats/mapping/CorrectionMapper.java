package org.disclosure.stats.mapping;

import jakarta.enterprise.context.ApplicationScoped;
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
                correction.oldValue, correction.newValue, correction.reason, correction.correctedBy,
                correction.correctedAt, correction.storedAt, stored ? "stored" : "pending");
    }
}
