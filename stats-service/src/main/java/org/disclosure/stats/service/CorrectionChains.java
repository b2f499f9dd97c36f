package org.disclosure.stats.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disclosure.stats.repository.Correction;

/**
 * Which corrections a version holds. A version made by a correction has the correction's id and holds it plus
 * everything the version it corrected held; an uploaded version holds none. Plain Java over the corrections of the
 * submissions involved.
 */
public final class CorrectionChains {

    private final Map<UUID, Correction> byId;

    public CorrectionChains(List<Correction> corrections) {
        this.byId = corrections.stream().collect(Collectors.toMap(c -> c.id, Function.identity(), (a, b) -> a));
    }

    /** The corrections held by the version, oldest first (empty for an uploaded version). */
    public List<Correction> appliedTo(UUID version) {
        List<Correction> applied = new ArrayList<>();
        Correction correction = byId.get(version);
        // a chain never loops (a correction's id is new), the bound only guards against a corrupted table
        while (correction != null && applied.size() <= byId.size()) {
            applied.add(correction);
            correction = byId.get(correction.correctedVersion);
        }
        Collections.reverse(applied);
        return applied;
    }

    /** The correction that made this version, or null for an uploaded one. */
    public Correction madeBy(UUID version) {
        return byId.get(version);
    }
}
