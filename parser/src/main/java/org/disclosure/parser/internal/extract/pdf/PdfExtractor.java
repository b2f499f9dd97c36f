package org.disclosure.parser.internal.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.disclosure.parser.internal.extract.DocumentExtractor;
import org.disclosure.parser.internal.extract.ExtractedText;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;
import org.disclosure.parser.internal.extract.RejectedDocument;
import org.disclosure.parser.internal.extract.RejectedDocument.Reason;
import org.disclosure.parser.internal.limit.Budget;
import org.disclosure.parser.internal.limit.LimitExceeded;

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

    private final ScannedPageReader scans;

    /** Refuses scanned documents ({@code PDF_SCANNED}): what a caller that must answer quickly wants. */
    public PdfExtractor() {
        this(null);
    }

    /**
     * Reads scanned pages with {@code scans} (OCR), page by page: in a document mixing text and scanned pages only
     * the scanned ones go through it. Null refuses scans as {@link #PdfExtractor()} does.
     */
    public PdfExtractor(ScannedPageReader scans) {
        this.scans = scans;
    }

    @Override
    public ExtractedText extract(byte[] content) throws RejectedDocument {
        // streams beyond a few megabytes go to a scratch file instead of the heap
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMixed(Budget.PDF_MAIN_MEMORY_BYTES).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) throw new RejectedDocument(Reason.PDF_CORRUPT);
            checkSize(document);
            List<List<PdfGlyph>> glyphs = new PdfGlyphCollector().collect(document);
            List<PdfPageGraphics> graphics = new ArrayList<>(pages);
            boolean[] scanned = new boolean[pages];
            int toRead = 0;
            int textPages = 0;
            for (int p = 0; p < pages; p++) {
                Budget.check();
                graphics.add(PdfPageGraphics.of(document.getPage(p)));
                int count = p < glyphs.size() ? glyphs.get(p).size() : 0;
                scanned[p] = count < FEW_GLYPHS && graphics.get(p).imageShare() >= SCANNED_IMAGE_SHARE;
                if (scanned[p]) toRead++;
                if (count >= FEW_GLYPHS) textPages++;
            }
            // without OCR a document mostly scanned is refused before any page is laid out
            if (scans == null && toRead > 0 && toRead >= textPages) throw new RejectedDocument(Reason.PDF_SCANNED);
            if (scans != null && toRead > Budget.MAX_SCANNED_PAGES) {
                // refused before the first page is read: OCR costs seconds a page
                throw new LimitExceeded(LimitExceeded.Limit.SCANNED_PAGES, toRead + " scanned pages");
            }
            ExtractedTextBuilder out = new ExtractedTextBuilder();
            int tables = 0;
            int pagesWithText = 0;
            int garbled = 0;
            int total = 0;
            for (int p = 0; p < pages; p++) {
                Budget.check();
                List<PdfGlyph> pageGlyphs = p < glyphs.size() ? glyphs.get(p) : List.of();
                for (PdfGlyph glyph : pageGlyphs) {
                    if (isUndecodable(glyph.text())) garbled++;
                }
                total += pageGlyphs.size();
                if (p > 0) out.pageBreak();
                if (scanned[p] && scans != null) {
                    // a scanned page of a document read with OCR; text pages around it are read as always
                    pagesWithText++;
                    out.scannedPage();
                    tables += scans.read(document, p, tables, out);
                    continue;
                }
                if (pageGlyphs.size() >= FEW_GLYPHS) pagesWithText++;
                tables += PdfPageLayout.write(p + 1, pageGlyphs, graphics.get(p).rulings(), tables, out);
            }
            if (pagesWithText == 0) throw new RejectedDocument(Reason.PDF_WITHOUT_TEXT);
            if (garbled > total * GARBLED_SHARE) throw new RejectedDocument(Reason.PDF_GARBLED_TEXT);
            return out.build();
        } catch (InvalidPasswordException e) {
            throw new RejectedDocument(Reason.PDF_ENCRYPTED);
        } catch (LimitExceeded | ScannedPageReader.Unavailable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports unreadable structure as IOException, and some damage only as runtime errors
            throw new RejectedDocument(Reason.PDF_CORRUPT);
        }
    }

    /**
     * Refuses a PDF with more pages or objects than any report, or whose page contents decode to more bytes
     * than the limit (a deflate bomb), before any page is laid out. The decoded bytes are counted while
     * streaming, never held.
     */
    private static void checkSize(PDDocument document) throws IOException {
        if (document.getNumberOfPages() > Budget.MAX_PDF_PAGES) {
            throw new LimitExceeded(LimitExceeded.Limit.PAGES, document.getNumberOfPages() + " pages");
        }
        int objects = document.getDocument().getXrefTable().size();
        if (objects > Budget.MAX_PDF_OBJECTS) {
            throw new LimitExceeded(LimitExceeded.Limit.OBJECTS, objects + " objects");
        }
        byte[] buffer = new byte[64 * 1024];
        for (PDPage page : document.getPages()) {
            Budget.check();
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
                PDStream stream = streams.next();
                try (InputStream in = decoded(stream)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) Budget.addDecoded(n);
                } catch (ZipException e) {
                    // a damaged deflate stream: PDFBox reads what it can of it later, as before
                }
            }
        }
    }

    /**
     * A content stream's decoded bytes as a stream. PDFBox decodes a whole stream before handing out its first
     * byte (a gigabyte bomb costs a gigabyte and seconds before anything could count it), so Flate, what
     * nearly every PDF uses, is inflated here as it is read; other filters go through PDFBox.
     */
    private static InputStream decoded(PDStream stream) throws IOException {
        List<COSName> filters = stream.getFilters();
        if (filters.isEmpty()) return stream.getCOSObject().createRawInputStream();
        if (filters.size() == 1 && (COSName.FLATE_DECODE.equals(filters.getFirst())
                || COSName.FLATE_DECODE_ABBREVIATION.equals(filters.getFirst()))) {
            return new InflaterInputStream(stream.getCOSObject().createRawInputStream());
        }
        return stream.createInputStream();
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
