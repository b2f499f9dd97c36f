package org.disclosure.rules.support;

import java.util.List;

/**
 * A list of literal phrases, any of which may occur in a text. The same test as a regular expression of
 * alternatives ({@code 收到|受理|…}) with {@code find()}, which tries every alternative at every position;
 * {@link String#contains} scans each phrase with the JDK's vectorized search instead.
 */
public record Phrases(List<String> phrases) {

    public Phrases {
        phrases = List.copyOf(phrases);
    }

    public static Phrases of(String... phrases) {
        return new Phrases(List.of(phrases));
    }

    /** Whether one of the phrases occurs in {@code text}. */
    public boolean in(String text) {
        for (String phrase : phrases) {
            if (text.contains(phrase)) return true;
        }
        return false;
    }
}
