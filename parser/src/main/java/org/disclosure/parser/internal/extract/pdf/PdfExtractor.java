package org.disclosure.parser.internal.extract.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.disclosure.parser.internal.extract.DocumentExtractor;
import org.disclosure.parser.internal.extract.ExtractedText;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;
import org.disclosure.parser.internal.extract.RejectedDocument;
import org.disclosure.parser.internal.extract.RejectedDocument.Reason;

/**
 * Reads a PDF with a text layer through Apache PDFBox: glyph positions from {@link PdfGlyphCollector},
 * borders and images from {@link PdfPageGraphics}, each page rebuilt by {@link PdfPageLayout}. Refuses
 * corrupt and password-protected files, and scans, whose pages are images with no text to read.
 */
public final class PdfExtractor implements DocumentExtractor {

    /** A page with fewer glyphs than this has no real text layer (a scan may carry a stamp or page number). */
    private static final int FEW_GLYPHS = 20;
    /** A page whose images cover this share of it is a scanned page. */
    private static final double SCANNED_IMAGE_SHARE = 0.3;
    /** Above this share of undecodable glyphs the text layer is garbage, not a report to read. */
    private static final double GARBLED_SHARE = 0.3;

    @Override
    public ExtractedText extract(byte[] content) throws RejectedDocument {
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) throw new RejectedDocument(Reason.PDF_CORRUPT);
            List<List<PdfGlyph>> glyphs = new PdfGlyphCollector().collect(document);
            ExtractedTextBuilder out = new ExtractedTextBuilder();
            int tables = 0;
            int pagesWithText = 0;
            int scannedPages = 0;
            int garbled = 0;
            int total = 0;
            for (int p = 0; p < pages; p++) {
                List<PdfGlyph> pageGlyphs = p < glyphs.size() ? glyphs.get(p) : List.of();
                PdfPageGraphics graphics = PdfPageGraphics.of(document.getPage(p));
                for (PdfGlyph glyph : pageGlyphs) {
                    if (isUndecodable(glyph.text())) garbled++;
                }
                total += pageGlyphs.size();
                if (pageGlyphs.size() >= FEW_GLYPHS) pagesWithText++;
                else if (graphics.imageShare() >= SCANNED_IMAGE_SHARE) scannedPages++;
                if (p > 0) out.pageBreak();
                tables += PdfPageLayout.write(p + 1, pageGlyphs, graphics.rulings(), tables, out);
            }
            if (scannedPages > 0 && scannedPages >= pagesWithText) throw new RejectedDocument(Reason.PDF_SCANNED);
            if (pagesWithText == 0) throw new RejectedDocument(Reason.PDF_WITHOUT_TEXT);
            if (garbled > total * GARBLED_SHARE) throw new RejectedDocument(Reason.PDF_GARBLED_TEXT);
            return out.build();
        } catch (InvalidPasswordException e) {
            throw new RejectedDocument(Reason.PDF_ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports unreadable structure as IOException, and some damage only as runtime errors
            throw new RejectedDocument(Reason.PDF_CORRUPT);
        }
    }

    /**
     * Fonts embedded without a ToUnicode map come out as private-use code points, replacement characters
     * or control codes; real report text has almost none.
     */
    private static boolean isUndecodable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c < 0x20 || c >= 0xE000 && c <= 0xF8FF) return true;
        }
        return false;
    }
}
