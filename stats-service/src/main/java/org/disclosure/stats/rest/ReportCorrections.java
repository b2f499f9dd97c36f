package org.disclosure.stats.rest;

import java.util.List;

/**
 * The corrections around one version: those it holds ({@code applied}, oldest first: the cells it shows differ
 * from the parse there) and every correction of its agency and year ({@code all}, pending ones included).
 */
public record ReportCorrections(List<CorrectionView> applied, List<CorrectionView> all) {
}
