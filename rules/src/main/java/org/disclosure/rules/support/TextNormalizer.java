package org.disclosure.rules.support;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Puts narrative text into one comparable form: NFKC (full-width digits and punctuation become ASCII, so
 * "，" is "," afterwards), markdown emphasis dropped, and all whitespace removed — converters insert spaces
 * between Chinese characters and digits ("受理申请 25 件") and inside words at random.
 */
public final class TextNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*|__|^#+|`");
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?;]");
    private static final Pattern CLAUSE_END = Pattern.compile("[,:()\\[\\]]");

    /** The texts normalized so far in the current {@link #once} scope of this thread, by identity. */
    private static final ThreadLocal<Map<String, String>> NORMALIZED = new ThreadLocal<>();

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) return "";
        Map<String, String> normalized = NORMALIZED.get();
        return normalized == null ? fold(text) : normalized.computeIfAbsent(text, TextNormalizer::fold);
    }

    /**
     * Runs {@code work} (one report's validation) with every text normalized at most once: the narrative rules
     * each read the same paragraphs, and NFKC with two regular-expression passes was most of their time. The
     * paragraphs are the same String objects for every rule, so they are remembered by identity, for this
     * thread and this call only.
     */
    public static <T> T once(Supplier<T> work) {
        if (NORMALIZED.get() != null) return work.get();
        NORMALIZED.set(new IdentityHashMap<>());
        try {
            return work.get();
        } finally {
            NORMALIZED.remove();
        }
    }

    private static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(MARKDOWN.matcher(folded).replaceAll("")).replaceAll("");
    }

    /** Sentences of normalized text, without their end marks. */
    public static List<String> sentences(String normalized) {
        return nonEmpty(SENTENCE_END.split(normalized));
    }

    /** Clauses of a normalized sentence (split at commas, colons and brackets, not at the enumeration comma 、). */
    public static List<String> clauses(String sentence) {
        return nonEmpty(CLAUSE_END.split(sentence));
    }

    public static int cjkCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) count++;
        }
        return count;
    }

    /** Shortens a quotation for a message. */
    public static String quote(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    private static List<String> nonEmpty(String[] parts) {
        return Arrays.stream(parts).filter(part -> !part.isEmpty()).toList();
    }
}
