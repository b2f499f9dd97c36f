package org.disclosure.parser.internal.text;

import java.util.List;

/** Tells running text from table content: sentences end with "。" or run longer than any printed label. */
public final class Narrative {

    private static final int LONGEST_LABEL = 60;

    private Narrative() {
    }

    public static boolean isNarrative(List<Token> cells) {
        int textLength = 0;
        for (Token cell : cells) {
            if (!cell.isText()) continue;
            if (cell.label().indexOf('。') >= 0) return true;
            textLength += cell.label().length();
        }
        return textLength > LONGEST_LABEL;
    }
}
