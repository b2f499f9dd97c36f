package org.disclosure.parser.internal.extract.ocr;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.parser.internal.table.LabelDeviationDetector;

/**
 * The standard table labels, to read a table label OCR got one character wrong (沁以公开 for 予以公开): a row whose
 * label the reader cannot recognise loses all its values, so a label cell within one character per six of exactly
 * one standard label (after its numbering, "(一)" or "8.") is read as that label. Values are never matched this
 * way; short labels (three characters or fewer) and labels near two standard ones are left as read.
 */
final class LabelVocabulary {

    private static final Pattern NUMBERING = Pattern.compile("^([（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、])");
    private static final List<String> LABELS = LabelDeviationDetector.standardLabels().stream()
            .map(LabelVocabulary::compact).toList();

    private LabelVocabulary() {
    }

    /** Whether the text is a standard label (after its numbering), exactly. */
    static boolean known(String text) {
        Matcher numbering = NUMBERING.matcher(text);
        String prefix = numbering.find() ? numbering.group() : "";
        return LABELS.contains(compact(text.substring(prefix.length())));
    }

    static String nearest(String text) {
        Matcher numbering = NUMBERING.matcher(text);
        String prefix = numbering.find() ? numbering.group() : "";
        String label = compact(text.substring(prefix.length()));
        if (label.length() <= 3 || LABELS.contains(label)) return text;
        int allowed = Math.max(1, label.length() / 6);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String standard : LABELS) {
            if (Math.abs(standard.length() - label.length()) > allowed) continue;
            int distance = distance(label, standard);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = standard;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return best != null && !tie && bestDistance <= allowed ? prefix + best : text;
    }

    /** Without spaces, with ASCII brackets and punctuation as the standard labels print them compared alike. */
    private static String compact(String text) {
        return text.replace(" ", "").replace('（', '(').replace('）', ')').replace('，', ',').replace('：', ':');
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
