package org.disclosure.parser.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.parser.internal.limit.Budget;

/**
 * The report text split into lines and each line into cells. Lines that are pure layout noise
 * (page numbers, markdown rules) carry no cells, so table readers never see them.
 */
public final class SourceDocument {

    private final List<String> lines;
    private final List<List<Token>> cells;
    private final String[] normalizedLines;

    private SourceDocument(List<String> lines, List<List<Token>> cells) {
        this.lines = lines;
        this.cells = cells;
        this.normalizedLines = new String[lines.size()];
    }

    public static SourceDocument of(String text) {
        String[] raw = text.split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        boolean[] nearPageBreak = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.indexOf('\f') >= 0) {
                nearPageBreak[i] = true;
                if (i > 0) nearPageBreak[i - 1] = true;
                if (i + 1 < raw.length) nearPageBreak[i + 1] = true;
                line = line.replace('\f', ' ');
            }
            lines.add(line);
        }
        List<List<Token>> cells = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if ((i & 0xFF) == 0) Budget.check();
            String line = lines.get(i);
            cells.add(LayoutNoise.isNoise(line, nearPageBreak[i]) ? List.of() : LineSplitter.split(line, i + 1));
        }
        SourceDocument document = new SourceDocument(List.copyOf(lines), cells);
        for (int i = 0; i < cells.size(); i++) {
            // a line that is one cell has the cell's comparable form; no need to normalise it twice
            if (cells.get(i).size() == 1) document.normalizedLines[i] = cells.get(i).getFirst().label();
        }
        return document;
    }

    public int lineCount() {
        return lines.size();
    }

    /** The original text of a line, 0-based index. */
    public String line(int index) {
        return lines.get(index);
    }

    /** The line in comparable form (see {@link LabelText#normalize}), 0-based index. */
    public String normalizedLine(int index) {
        String cached = normalizedLines[index];
        if (cached == null) {
            cached = LabelText.normalize(lines.get(index));
            normalizedLines[index] = cached;
        }
        return cached;
    }

    /** The cells of a line, 0-based index; empty for blank and noise lines. */
    public List<Token> cells(int index) {
        return cells.get(index);
    }

    public boolean isBlank(int index) {
        return normalizedLine(index).isEmpty();
    }
}
