package org.disclosure.stats.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionScopeTest {

    @Test
    void aProvinceCoversItsCitiesAndCounties() {
        RegionScope heilongjiang = RegionScope.of(List.of("230000"));
        assertTrue(heilongjiang.covers("230000"));
        assertTrue(heilongjiang.covers("230100"));
        assertTrue(heilongjiang.covers("230102"));
        assertFalse(heilongjiang.covers("640104"));
        assertFalse(heilongjiang.covers(null));
    }

    @Test
    void aCityCoversItsCountiesButNotItsProvince() {
        RegionScope harbin = RegionScope.within("230100");
        assertTrue(harbin.covers("230102"));
        assertFalse(harbin.covers("230000"));
        assertFalse(harbin.covers("230202"));
    }

    @Test
    void aCountyCoversOnlyItself() {
        RegionScope daoli = RegionScope.within("230102");
        assertTrue(daoli.covers("230102"));
        assertFalse(daoli.covers("230103"));
    }

    @Test
    void withoutAValidCodeNothingIsVisible() {
        RegionScope none = RegionScope.of(List.of("HLJ", ""));
        assertFalse(none.covers("230102"));
        assertEquals("1 = 0", none.condition("r.regionCode", "viewer"));
    }

    @Test
    void everywhereRestrictsNothing() {
        assertTrue(RegionScope.everywhere().covers("640104"));
        assertTrue(RegionScope.within(null).covers(null));
        assertEquals("1 = 1", RegionScope.everywhere().condition("r.regionCode", "viewer"));
    }

    @Test
    void severalAreasBecomeOneConditionWithPrefixParameters() {
        RegionScope scope = RegionScope.of(List.of("230000", "640100"));
        Map<String, Object> parameters = new HashMap<>();
        scope.bind(parameters, "viewer");
        assertEquals("(r.regionCode like :viewer0 or r.regionCode like :viewer1)",
                scope.condition("r.regionCode", "viewer"));
        assertEquals(Map.of("viewer0", "23%", "viewer1", "6401%"), parameters);
    }
}
