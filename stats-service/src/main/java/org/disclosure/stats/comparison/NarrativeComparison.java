package org.disclosure.stats.comparison;

import java.util.List;

/**
 * The narratives sentence by sentence. {@code copiedShare} is the Y03 measure: the share of the right narrative's
 * 8-character shingles (digits folded, punctuation dropped) found in the left narrative; null when either has no
 * prose. {@code copyFinding} is the right report's own Y03 message when it has one.
 */
public record NarrativeComparison(Double copiedShare, boolean copied, int unchanged, int changed, int added,
        int removed, int copiedSentences, List<SentenceChange> sentences, String copyFinding) {
}
