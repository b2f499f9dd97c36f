package org.disclosure.parser.internal.extract.ocr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.cells.TableIdentities;
import org.disclosure.contracts.cells.TableIdentities.Identity;
import org.disclosure.contracts.report.FormatVersion;

/**
 * Finds a digit OCR probably misread, from the identities the tables print on themselves ({@link TableIdentities},
 * DOMAIN.md A01–A04): when an identity fails, a value read by OCR that would make it — and every other identity it
 * stands in — hold by changing one digit is a suspect, with that value as the suggestion. Judging the identities is
 * the rules' business; here they only point at a cell to look at.
 */
final class SuspectDigits {

    /** A value that probably holds a misread digit, the value that would make its identities hold, and which. */
    record Suspect(String key, BigDecimal suggested, List<String> identities) {
    }

    private SuspectDigits() {
    }

    /**
     * The suspects among the values read by OCR ({@code confidence}'s keys). A candidate must make every failing
     * identity it stands in hold and break none that held; among several, the one that repairs the most identities
     * wins, then the least confident reading; a tie is no suspect (the arithmetic cannot tell which cell is wrong).
     */
    static List<Suspect> suspects(Map<String, BigDecimal> cells, FormatVersion format, Map<String, Float> confidence) {
        List<Identity> identities = TableIdentities.all(cells::containsKey, format);
        List<Identity> failing = new ArrayList<>();
        for (Identity identity : identities) {
            BigDecimal residual = identity.residual(cells);
            if (residual != null && residual.signum() != 0) failing.add(identity);
        }
        List<Suspect> suspects = new ArrayList<>();
        while (!failing.isEmpty()) {
            Identity first = failing.getFirst();
            Candidate best = null;
            boolean tie = false;
            for (String key : first.terms()) {
                if (!confidence.containsKey(key) || cells.get(key) == null) continue;
                BigDecimal residual = first.residual(cells);
                BigDecimal suggested = first.plus().contains(key) ? cells.get(key).subtract(residual) : cells.get(key).add(residual);
                if (suggested.signum() < 0 || !oneDigitApart(cells.get(key), suggested)) continue;
                Map<String, BigDecimal> fixed = new LinkedHashMap<>(cells);
                fixed.put(key, suggested);
                List<String> repaired = new ArrayList<>();
                boolean breaks = false;
                for (Identity identity : identities) {
                    if (!identity.involves(key)) continue;
                    BigDecimal after = identity.residual(fixed);
                    if (after == null) continue;
                    if (after.signum() != 0) breaks = true;
                    else if (failing.contains(identity)) repaired.add(identity.rule());
                }
                if (breaks) continue;
                Candidate candidate = new Candidate(key, suggested, repaired, confidence.get(key));
                int order = best == null ? 1 : Candidate.ORDER.compare(candidate, best);
                if (order > 0) {
                    best = candidate;
                    tie = false;
                } else if (order == 0) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                suspects.add(new Suspect(best.key(), best.suggested(), best.repaired().stream().distinct().toList()));
                String key = best.key();
                failing.removeIf(identity -> identity.involves(key));
            } else {
                failing.removeFirst();
            }
        }
        return suspects;
    }

    private record Candidate(String key, BigDecimal suggested, List<String> repaired, float confidence) {
        static final Comparator<Candidate> ORDER = Comparator.comparingInt((Candidate c) -> c.repaired().size())
                .thenComparing(c -> -c.confidence());
    }

    /** Whether two whole numbers differ in exactly one digit, or by one digit dropped or doubled. */
    static boolean oneDigitApart(BigDecimal read, BigDecimal suggested) {
        if (read.stripTrailingZeros().scale() > 0 || suggested.stripTrailingZeros().scale() > 0) return false;
        String a = read.toBigInteger().toString();
        String b = suggested.toBigInteger().toString();
        if (a.length() == b.length()) {
            int differences = 0;
            for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) differences++;
            return differences == 1;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() != shorter.length() + 1) return false;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) return true;
        }
        return false;
    }
}
