package org.disclosure.parser.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosure.parser.internal.text.LineRange;

/** Where each section heading stands and which lines each section spans (0-based line indexes). */
public final class SectionLayout {

    private final Map<ReportSection, Integer> headings;
    private final List<ReportSection> ordered;
    private final int lineCount;

    SectionLayout(Map<ReportSection, Integer> headings, int lineCount) {
        this.headings = headings;
        this.ordered = inOrder(headings);
        this.lineCount = lineCount;
    }

    boolean has(ReportSection section) {
        return headings.containsKey(section);
    }

    /** The ids of the sections found, in the prescribed order. */
    public List<String> foundIds() {
        List<String> ids = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (has(section)) ids.add(section.id());
        }
        return ids;
    }

    boolean isHeading(int line) {
        return headings.containsValue(line);
    }

    int firstHeadingLine() {
        return ordered.isEmpty() ? lineCount : headings.get(ordered.getFirst());
    }

    /**
     * The lines of a section, from its heading to the next heading. A missing section is looked for
     * between the sections that should surround it, so a table whose heading was lost is still read.
     */
    public LineRange rangeOf(ReportSection section) {
        if (has(section)) {
            int start = headings.get(section) + 1;
            return new LineRange(start, nextHeadingAfter(start - 1));
        }
        int start = 0;
        int end = lineCount;
        for (ReportSection other : ReportSection.values()) {
            if (!has(other)) continue;
            int line = headings.get(other);
            if (other.ordinal() < section.ordinal()) start = Math.max(start, line + 1);
            else end = Math.min(end, line);
        }
        return new LineRange(start, Math.max(start, end));
    }

    /** The section a line belongs to, or null before the first heading. */
    ReportSection sectionAt(int line) {
        ReportSection current = null;
        for (ReportSection section : ordered) {
            if (headings.get(section) <= line) current = section;
        }
        return current;
    }

    private int nextHeadingAfter(int line) {
        int next = lineCount;
        for (int heading : headings.values()) {
            if (heading > line && heading < next) next = heading;
        }
        return next;
    }

    /** The sections found, in the order their headings stand in the text. */
    private static List<ReportSection> inOrder(Map<ReportSection, Integer> headings) {
        List<ReportSection> found = new ArrayList<>(headings.keySet());
        found.sort((a, b) -> Integer.compare(headings.get(a), headings.get(b)));
        return found;
    }
}
