package org.disclosure.parser.internal.extract.ocr;

/** Tidies what Tesseract writes for Chinese text: it puts spaces between characters that the page does not have. */
final class OcrText {

    private OcrText() {
    }

    /** Removes every space next to a Chinese character or full-width punctuation; joins the lines of a block. */
    static String tidy(String text) {
        String joined = text.replace('\n', ' ').replace('\r', ' ').strip();
        StringBuilder out = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == ' ') {
                char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
                char after = i + 1 < joined.length() ? joined.charAt(i + 1) : ' ';
                if (before == ' ' || after == ' ' || isWide(before) || isWide(after)) continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isWide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION;
    }

    /** Whether a text reading is a number, or the look-alikes a text model makes of one (O for 0, l for 1). */
    static boolean looksNumeric(String text) {
        String compact = text.replace(" ", "");
        if (compact.isEmpty()) return true;
        int digits = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') digits++;
            else if ("oOlI|.,-/〇Ss。，".indexOf(c) < 0) return false;
        }
        return digits > 0 || compact.length() <= 2;
    }
}
