package org.disclosure.parser.internal.extract.pdf;

import java.util.List;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;

/** A piece of a PDF page that is written as a unit at its height: a ruled table, or a line outside tables. */
interface PdfBlock {

    /** The top edge on the page (y grows downwards); a page is written top to bottom. */
    float top();

    /**
     * Writes this block, the one at {@code index} of the page's blocks in writing order. A block may take
     * the blocks after it in (a borderless row whose label is wrapped around its numbers).
     *
     * @return how many blocks were written, this one included
     */
    int write(List<PdfBlock> blocks, int index, ExtractedTextBuilder out);
}
