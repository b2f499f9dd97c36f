package org.disclosure.parser.internal.extract.ocr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identities a report's tables print on themselves (DOMAIN.md A01–A04), used to find a digit OCR probably
 * misread: when an identity fails, a value read by OCR that would make it — and every other identity it stands
 * in — hold by changing one digit is a suspect, with that value as the suggestion. The identities themselves are
 * the rules module's to judge; here they only point at a cell to look at.
 */
final class TableIdentities {

    private static final String[] APPLICANTS = {"natural", "commercial", "research", "social", "legal", "other"};
    private static final String[] COLUMNS = {"natural", "commercial", "research", "social", "legal", "other", "total"};
    private static final String[] OUTCOMES = {"granted", "partial",
        "denied.state_secret", "denied.law_prohibited", "denied.three_safety", "denied.third_party",
        "denied.internal_affairs", "denied.process_info", "denied.enforcement_file", "denied.query_matter",
        "unable.not_held", "unable.need_create", "unable.unclear",
        "not_processed.petition", "not_processed.duplicate", "not_processed.publication",
        "not_processed.excessive", "not_processed.confirm"};
    private static final String[] OTHER_2021 = {"other.overdue_correction", "other.overdue_fee", "other.other"};
    private static final String[] ROWS = {"new", "carried_over", "granted", "partial",
        "denied.state_secret", "denied.law_prohibited", "denied.three_safety", "denied.third_party",
        "denied.internal_affairs", "denied.process_info", "denied.enforcement_file", "denied.query_matter",
        "unable.not_held", "unable.need_create", "unable.unclear",
        "not_processed.petition", "not_processed.duplicate", "not_processed.publication",
        "not_processed.excessive", "not_processed.confirm",
        "other.overdue_correction", "other.overdue_fee", "other.other", "other.all", "total", "carried_forward"};
    private static final String[] APPEAL_GROUPS = {"review", "litigation_direct", "litigation_after_review"};

    /** A value that probably holds a misread digit, the value that would make its identities hold, and which. */
    record Suspect(String key, BigDecimal suggested, List<String> identities) {
    }

    /** An identity: the sum of {@code plus} equals the sum of {@code minus}. */
    record Identity(String id, List<String> plus, List<String> minus) {

        /** plus − minus, or null when a term is not in the report. */
        BigDecimal residual(Map<String, BigDecimal> cells) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String key : plus) {
                if (!cells.containsKey(key)) return null;
                if (cells.get(key) != null) sum = sum.add(cells.get(key));
            }
            for (String key : minus) {
                if (!cells.containsKey(key)) return null;
                if (cells.get(key) != null) sum = sum.subtract(cells.get(key));
            }
            return sum;
        }

        boolean involves(String key) {
            return plus.contains(key) || minus.contains(key);
        }
    }

    private TableIdentities() {
    }

    /** The table a canonical key belongs to, as parse issues name it. */
    static String tableOf(String key) {
        if (key.startsWith("active.")) return "active";
        if (key.startsWith("apply.")) return "requests";
        return "appeals";
    }

    static List<Identity> all(Map<String, BigDecimal> cells) {
        List<Identity> identities = new ArrayList<>();
        boolean otherSplit = cells.containsKey("apply.other.overdue_correction." + COLUMNS[0]);
        for (String column : COLUMNS) {
            identities.add(new Identity("A01", List.of(key("new", column), key("carried_over", column)),
                    List.of(key("total", column), key("carried_forward", column))));
            List<String> parts = new ArrayList<>();
            for (String outcome : OUTCOMES) parts.add(key(outcome, column));
            if (otherSplit) for (String other : OTHER_2021) parts.add(key(other, column));
            else parts.add(key("other.all", column));
            identities.add(new Identity("A02", parts, List.of(key("total", column))));
        }
        for (String row : ROWS) {
            if (!cells.containsKey(key(row, "total"))) continue;
            List<String> parts = new ArrayList<>();
            for (String applicant : APPLICANTS) parts.add(key(row, applicant));
            identities.add(new Identity("A03", parts, List.of(key(row, "total"))));
        }
        for (String group : APPEAL_GROUPS) {
            identities.add(new Identity("A04", List.of(group + ".upheld", group + ".corrected", group + ".other",
                    group + ".pending"), List.of(group + ".total")));
        }
        return identities;
    }

    /**
     * The suspects among the values read by OCR ({@code confidence}'s keys). A candidate must make every failing
     * identity it stands in hold and break none that held; among several, the one that repairs the most identities
     * wins, then the least confident reading; a tie is no suspect (the arithmetic cannot tell which cell is wrong).
     */
    static List<Suspect> suspects(Map<String, BigDecimal> cells, Map<String, Float> confidence) {
        List<Identity> identities = all(cells);
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
            for (String key : terms(first)) {
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
                    else if (failing.contains(identity)) repaired.add(identity.id());
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

    private static List<String> terms(Identity identity) {
        List<String> terms = new ArrayList<>(identity.plus());
        terms.addAll(identity.minus());
        return terms;
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

    private static String key(String row, String column) {
        return "apply." + row + "." + column;
    }
}
