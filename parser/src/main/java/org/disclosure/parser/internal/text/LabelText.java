package org.disclosure.parser.internal.text;

/**
 * Normalises printed labels so that wording can be compared by meaning rather than by bytes:
 * conversions write full-width digits, stray spaces inside words, mixed brackets and markdown marks.
 */
public final class LabelText {

    private LabelText() {
    }

    /** Full-width ASCII forms and the ideographic space become their half-width equivalents. */
    private static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        return switch (c) {
            case '\u3000', '\u00A0' -> ' ';
            case '\u2212', '\u2013' -> '-';
            default -> c;
        };
    }

    /**
     * The comparable form of a label: half-width, no whitespace, no markdown emphasis or heading marks,
     * and round brackets unified.
     */
    public static String normalize(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && !changesInComparableForm(text.charAt(i))) i++;
        if (i == length) return text;
        char[] out = new char[length];
        text.getChars(0, i, out, 0);
        int written = i;
        for (; i < length; i++) {
            char c = halfWidth(text.charAt(i));
            if (!isDropped(c)) out[written++] = c;
        }
        return new String(out, 0, written);
    }

    private static boolean changesInComparableForm(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' || isDropped(c) || halfWidth(c) != c;
    }

    private static boolean isDropped(char c) {
        return c == ' ' || c == '\t' || c == '*' || c == '#' || c == '`' || c == '\uFEFF' || Character.isWhitespace(c);
    }

    /** Drops a leading enumeration such as "三、", "(六)", "3.", "1、" so that the wording itself can be compared. */
    public static String withoutNumbering(String normalized) {
        int i = 0;
        int length = normalized.length();
        boolean progressed = true;
        while (progressed && i < length) {
            progressed = false;
            int start = i;
            boolean bracket = normalized.charAt(i) == '(';
            if (bracket) i++;
            int digitsStart = i;
            while (i < length && isEnumerationDigit(normalized.charAt(i))) i++;
            if (i == digitsStart) {
                i = start;
                break;
            }
            if (bracket) {
                if (i < length && normalized.charAt(i) == ')') {
                    i++;
                    progressed = true;
                } else {
                    i = start;
                }
            } else if (i < length && (normalized.charAt(i) == '、' || normalized.charAt(i) == '.' || normalized.charAt(i) == ',')) {
                i++;
                progressed = true;
            } else {
                i = start;
            }
        }
        return normalized.substring(i);
    }

    private static boolean isEnumerationDigit(char c) {
        return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** Letters and digits only: punctuation and quotes differ between conversions and carry no meaning. */
    public static String lettersOnly(String normalized) {
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isLetterOrDigit(c)) out.append(c);
        }
        return out.toString();
    }
}
