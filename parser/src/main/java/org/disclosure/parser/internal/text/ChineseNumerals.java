package org.disclosure.parser.internal.text;

/** Reads years and dates written in Chinese numerals ("二〇二二年二月十五日") as well as in digits. */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** A number in digits, digit-by-digit Chinese ("二〇二二") or counted Chinese ("十五"); -1 if unreadable. */
    public static int parse(String text) {
        if (text.isEmpty()) return -1;
        if (text.chars().allMatch(Character::isDigit)) return Integer.parseInt(text);
        String digits = text.replace('零', '〇').replace('○', '〇').replace('O', '〇');
        int ten = digits.indexOf('十');
        if (ten < 0) {
            int value = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = DIGITS.indexOf(digits.charAt(i));
                if (digit < 0) return -1;
                value = value * 10 + digit;
            }
            return value;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(digits.charAt(ten - 1));
        int units = ten == digits.length() - 1 ? 0 : DIGITS.indexOf(digits.charAt(ten + 1));
        return tens < 0 || units < 0 ? -1 : tens * 10 + units;
    }
}
