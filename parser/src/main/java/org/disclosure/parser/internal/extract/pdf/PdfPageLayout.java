package org.disclosure.parser.internal.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;

/**
 * Rebuilds one PDF page from glyph positions and borders: the ruled tables are read first
 * ({@link RuledTableReader}), every glyph they leave by its visual line, cut into cells at wide gaps
 * ({@link BorderlessTableReader}); the blocks both make are then written top to bottom.
 */
final class PdfPageLayout {

    private PdfPageLayout() {
    }

    /**
     * Writes one page.
     *
     * @param tablesBefore how many tables earlier pages held, so tables are numbered through the document
     * @return the number of tables on this page
     */
    static int write(int page, List<PdfGlyph> glyphs, List<PdfRuling> rulings, int tablesBefore, ExtractedTextBuilder out) {
        PdfTableReader.Reading ruled = new RuledTableReader(rulings, tablesBefore).read(PdfPageText.of(page, glyphs));
        PdfTableReader.Reading borderless = new BorderlessTableReader().read(ruled.rest());
        List<PdfBlock> blocks = new ArrayList<>(borderless.blocks());
        blocks.addAll(ruled.blocks()); // the sort keeps this order at equal heights: a line before a table
        blocks.sort(Comparator.comparingDouble(PdfBlock::top));
        int b = 0;
        while (b < blocks.size()) b += blocks.get(b).write(blocks, b, out);
        return ruled.blocks().size();
    }
}
