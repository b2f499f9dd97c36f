package org.disclosure.parser.internal.detect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells what a file is from its bytes alone: magic numbers, the part names inside a zip container or an
 * OLE2 compound file, and for text whether it is HTML. File names and declared MIME types are never
 * consulted: uploads are routinely misnamed (a .doc that is really HTML, a .pdf that is a zip).
 */
public final class ContentSniffer {

    /** PDF allows junk before the header; readers look for it within the first kilobyte. */
    private static final int PDF_HEADER_REACH = 1024;
    /** How much of a decoded text is inspected for HTML tags. */
    private static final int HTML_PROBE = 4096;

    private ContentSniffer() {
    }

    public static DocumentKind sniff(byte[] content) {
        if (content == null || content.length == 0) return DocumentKind.EMPTY;
        if (indexOf(content, ascii("%PDF-"), 0, Math.min(content.length, PDF_HEADER_REACH)) >= 0) return DocumentKind.PDF;
        if (startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 'P', 'K', 5, 6)) return zipKind(content);
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return compoundFileKind(content);
        if (isImage(content)) return DocumentKind.IMAGE;
        if (isArchive(content)) return DocumentKind.ARCHIVE;
        if (startsWith(content, '{', '\\', 'r', 't', 'f')) return DocumentKind.RTF;
        Optional<String> text = TextDecoder.decode(content);
        if (text.isEmpty()) return DocumentKind.BINARY;
        return looksLikeHtml(text.get()) ? DocumentKind.HTML : DocumentKind.TEXT;
    }

    /**
     * Office Open XML and OpenDocument files are zips told apart by their part names, which zip stores
     * uncompressed in every local header and in the central directory, so a byte search finds them
     * without inflating anything (a zip bomb costs nothing here).
     */
    private static DocumentKind zipKind(byte[] content) {
        if (contains(content, "word/document.xml")) return DocumentKind.DOCX;
        if (contains(content, "xl/workbook.xml")) return DocumentKind.XLSX;
        if (contains(content, "ppt/presentation.xml")) return DocumentKind.PPTX;
        if (contains(content, "application/vnd.oasis.opendocument")) return DocumentKind.OPEN_DOCUMENT;
        return DocumentKind.ZIP;
    }

    /** OLE2 directory entry names are UTF-16LE; the stream names tell the application. */
    private static DocumentKind compoundFileKind(byte[] content) {
        if (contains(content, utf16("WordDocument"))) return DocumentKind.DOC;
        if (contains(content, utf16("EncryptedPackage"))) return DocumentKind.ENCRYPTED_OFFICE;
        if (contains(content, utf16("Workbook")) || contains(content, utf16("Book"))) return DocumentKind.XLS;
        if (contains(content, utf16("PowerPoint Document"))) return DocumentKind.PPT;
        return DocumentKind.OLE2;
    }

    private static boolean isImage(byte[] b) {
        return startsWith(b, 0x89, 'P', 'N', 'G')
                || startsWith(b, 0xFF, 0xD8, 0xFF)
                || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, 'B', 'M') && b.length > 14 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0
                || startsWith(b, 'I', 'I', '*', 0)
                || startsWith(b, 'M', 'M', 0, '*')
                || startsWith(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
    }

    private static boolean isArchive(byte[] b) {
        return startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
                || startsWith(b, 'R', 'a', 'r', '!')
                || startsWith(b, 0x1F, 0x8B)
                || startsWith(b, 'B', 'Z', 'h')
                || startsWith(b, 0xFD, '7', 'z', 'X', 'Z', 0);
    }

    /**
     * Web pages saved from a government site start with a doctype, an html tag or a comment; fragments
     * copied from a page at least carry a block tag near the start. Plain reports never open with '<'.
     */
    static boolean looksLikeHtml(String text) {
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) start++;
        if (start >= text.length() || text.charAt(start) != '<') return false;
        String head = text.substring(start, Math.min(text.length(), start + HTML_PROBE)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<!--")) return true;
        for (String tag : new String[] {"<html", "<head", "<body", "<meta", "<div", "<table", "<p>", "<p ", "<title"}) {
            if (head.contains(tag)) return true;
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean contains(byte[] content, String ascii) {
        return contains(content, ascii(ascii));
    }

    private static boolean contains(byte[] content, byte[] needle) {
        return indexOf(content, needle, 0, content.length) >= 0;
    }

    private static int indexOf(byte[] content, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != (prefix[i] & 0xFF)) return false;
        }
        return true;
    }
}
