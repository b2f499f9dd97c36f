package org.disclosure.parser.internal.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.disclosure.parser.internal.limit.Budget;

/**
 * Collects every glyph of every page with its position, instead of the stripper's flattened text: the
 * table rows and columns are rebuilt from these positions by {@link PdfPageLayout}.
 */
final class PdfGlyphCollector extends PDFTextStripper {

    private final List<List<PdfGlyph>> pages = new ArrayList<>();
    private List<PdfGlyph> current;

    PdfGlyphCollector() {
        super();
        setSortByPosition(false);
    }

    /** The glyphs of each page, in content-stream order. */
    List<List<PdfGlyph>> collect(PDDocument document) throws IOException {
        pages.clear();
        setStartPage(1);
        setEndPage(document.getNumberOfPages());
        getText(document);
        return pages;
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
        pages.add(current);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        Budget.addGlyph();
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank() || current == null) return;
        float height = text.getHeightDir() > 0 ? text.getHeightDir() : text.getFontSizeInPt();
        // YDirAdj is the baseline measured from the top; the glyph box stands above it
        PdfGlyph glyph = new PdfGlyph(unicode, text.getXDirAdj(), text.getYDirAdj() - height,
                Math.max(text.getWidthDirAdj(), 0.1f), height);
        if (!isOverprint(glyph)) current.add(glyph);
    }

    /** Fake bold draws each glyph twice a fraction of a point apart; the copy is not text. */
    private boolean isOverprint(PdfGlyph glyph) {
        for (int i = current.size() - 1; i >= Math.max(0, current.size() - 4); i--) {
            PdfGlyph other = current.get(i);
            if (other.text().equals(glyph.text()) && Math.abs(other.x() - glyph.x()) < glyph.width() * 0.3f
                    && Math.abs(other.top() - glyph.top()) < glyph.height() * 0.3f) {
                return true;
            }
        }
        return false;
    }
}
