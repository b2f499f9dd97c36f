package org.disclosure.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.report.FormatVersion;
import org.junit.jupiter.api.Test;

class CellCatalogTest {

    @Test
    void loadsEveryKeyOfCellsTsv() {
        CellCatalog catalog = CellCatalog.standard();
        assertEquals(226, catalog.all().size());
        assertEquals(200, catalog.forFormat(FormatVersion.F2021).size());
        assertEquals(198, catalog.forFormat(FormatVersion.F2019).size());
        assertTrue(catalog.contains("apply.new.natural"));
        assertEquals("requests", catalog.find("apply.total.total").orElseThrow().table());
        assertEquals("appeals", catalog.find("review.pending").orElseThrow().table());
    }
}
