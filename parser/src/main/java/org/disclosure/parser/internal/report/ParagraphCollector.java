package org.disclosure.parser.internal.report;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.parser.internal.table.TableReading;
import org.disclosure.parser.internal.text.Narrative;
import org.disclosure.parser.internal.text.SourceDocument;

/**
 * Collects the narrative: every line of running text with the section it stands in, leaving out
 * headings, tables and page noise. Validator rules compare narrative numbers with the tables, look for
 * repeated sentences and empty sections, and compare with last year's text.
 */
public final class ParagraphCollector {

    private ParagraphCollector() {
    }

    public static List<Paragraph> collect(SourceDocument document, SectionLayout layout, List<TableReading> tables) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int line = 0; line < document.lineCount(); line++) {
            if (document.isBlank(line) || document.cells(line).isEmpty() || layout.isHeading(line)
                    || isTableLine(line, document, tables)) {
                continue;
            }
            ReportSection section = layout.sectionAt(line);
            String text = document.line(line).replace("**", "").replace('\t', ' ').strip();
            paragraphs.add(new Paragraph(section == null ? null : section.id(), line + 1, text));
        }
        return paragraphs;
    }

    private static boolean isTableLine(int line, SourceDocument document, List<TableReading> tables) {
        for (TableReading table : tables) {
            if (table.spans(line) && !Narrative.isNarrative(document.cells(line))) return true;
        }
        return false;
    }
}
