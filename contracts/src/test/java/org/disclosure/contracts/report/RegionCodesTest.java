package org.disclosure.contracts.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionCodesTest {

    @Test
    void aProvinceCoversItsCitiesAndCounties() {
        assertTrue(RegionCodes.covers("230000", "230000"));
        assertTrue(RegionCodes.covers("230000", "230400"));
        assertTrue(RegionCodes.covers("230000", "230407"));
        assertFalse(RegionCodes.covers("230000", "640402"));
    }

    @Test
    void aCityCoversItsCountiesOnly() {
        assertTrue(RegionCodes.covers("230400", "230407"));
        assertFalse(RegionCodes.covers("230400", "230826"));
        assertFalse(RegionCodes.covers("230400", "230000"));
    }

    @Test
    void aCountyCoversItself() {
        assertTrue(RegionCodes.covers("230407", "230407"));
        assertFalse(RegionCodes.covers("230407", "230403"));
    }

    @Test
    void malformedCodesAreCoveredByNothing() {
        assertFalse(RegionCodes.covers("23", "230407"));
        assertFalse(RegionCodes.covers("230000", null));
        assertTrue(RegionCodes.coveredByAny(List.of("640000", "230000"), "230826"));
        assertFalse(RegionCodes.coveredByAny(List.of(), "230826"));
    }
}
