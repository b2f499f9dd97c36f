package org.disclosure.dashboard.client;

import java.util.List;

/** The corrections a version holds ({@code applied}) and every correction of its agency and year ({@code all}). */
public record ReportCorrections(List<CorrectionView> applied, List<CorrectionView> all) {
}
