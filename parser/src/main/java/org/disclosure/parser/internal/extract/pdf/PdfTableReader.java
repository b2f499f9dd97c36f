package org.disclosure.parser.internal.extract.pdf;

import java.util.List;

/**
 * One way of finding the tables of a PDF page, as tabula-java separates its extraction algorithms: from
 * the borders drawn around the cells ({@link RuledTableReader}), or from the gaps between glyphs
 * ({@link BorderlessTableReader}). {@link PdfPageLayout} runs them in that order; each reads the glyphs
 * the readers before it left.
 */
interface PdfTableReader {

    /**
     * What a reader made of a page.
     *
     * @param blocks the pieces to write, each at its height on the page
     * @param rest   the page without the glyphs this reader took, for the next reader
     */
    record Reading(List<PdfBlock> blocks, PdfPageText rest) {
    }

    Reading read(PdfPageText text);
}
