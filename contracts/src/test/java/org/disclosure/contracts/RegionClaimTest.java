package org.disclosure.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.disclosure.contracts.api.RegionClaim;
import org.junit.jupiter.api.Test;

class RegionClaimTest {

    @Test
    void readsJsonArraysListsAndSingleCodesAlike() {
        assertEquals(Set.of("230000", "640000"), RegionClaim.codes(List.of("\"230000\"", "640000")));
        assertEquals(Set.of("230000"), RegionClaim.codes("230000"));
        assertEquals(Set.of(), RegionClaim.codes(null));
    }
}
