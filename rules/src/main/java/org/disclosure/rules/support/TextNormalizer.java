package org.disclosure.rules.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Puts narrative text into one comparable form: NFKC (full-width digits and punctuation become ASCII, so
 * "，" is "," afterwards), markdown emphasis dropped, and all whitespace removed — converters insert spaces
 * between Chinese characters and digits ("受理申请 25 件") and inside words at random.
 */
public final class TextNormalizer {

    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*|__|^#+|`");
    /** The characters {@link #MARKDOWN} can match; text without any of them skips the regular expression. */
    private static final String MARKDOWN_CHARS = "*_#`";
    /** {@code \s} (ASCII whitespace) and the Unicode spaces converters leave in Chinese text. */
    private static final String WHITESPACE = " \t\n\u000b\f\r\u00a0\u3000\u200b\ufeff";
    private static final String SENTENCE_END = "。!?;";
    private static final String CLAUSE_END = ",:()[]";

    /** What was computed so far in the current {@link #once} scope of this thread, by identity. */
    private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) return "";
        Scope scope = SCOPE.get();
        return scope == null ? fold(text) : scope.normalized.computeIfAbsent(text, TextNormalizer::fold);
    }

    /**
     * Runs {@code work} (one report's validation) with every text normalized, split and classified at most once:
     * the narrative rules each read the same paragraphs, and NFKC with the splitting was most of their time. The
     * paragraphs are the same String objects for every rule, so they are remembered by identity, for this
     * thread and this call only.
     */
    public static <T> T once(Supplier<T> work) {
        if (SCOPE.get() != null) return work.get();
        SCOPE.set(new Scope());
        try {
            return work.get();
        } finally {
            SCOPE.remove();
        }
    }

    /**
     * A computation on texts or lists of paragraphs whose results are remembered, by the identity of the input, for
     * the current {@link #once} scope (and computed every time outside one). Each memo has its own results, so two
     * computations on the same object never mix.
     */
    public static final class Memo<K, V> {

        private final Function<K, V> compute;

        public Memo(Function<K, V> compute) {
            this.compute = compute;
        }

        public V of(K key) {
            Scope scope = SCOPE.get();
            if (scope == null) return compute.apply(key);
            Map<Object, Object> results = scope.memos.computeIfAbsent(this, memo -> new IdentityHashMap<>());
            @SuppressWarnings("unchecked")
            V value = (V) results.get(key);
            if (value == null) {
                // not computeIfAbsent: a computation may itself use this memo (or the others)
                value = compute.apply(key);
                results.put(key, value);
            }
            return value;
        }
    }

    /**
     * NFKC by table ({@link CompatibilityMap}) with whitespace dropped in the same pass: a paragraph of Chinese prose
     * is ideographs, ASCII and full-width forms, each mapped on its own. Text with a character the table does not
     * map, or with a markdown character (removed before whitespace, which can join "* *" into "**"), takes
     * {@link #foldGenerally}, which gives the same result for these texts.
     */
    private static String fold(String text) {
        char[] out = null;
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char m = CompatibilityMap.of(c);
            if (!CompatibilityMap.mapped(m) || isMarkdown(m)) return foldGenerally(text);
            if (isWhitespace(m) || m != c) {
                if (out == null) {
                    out = new char[text.length()];
                    text.getChars(0, i, out, 0);
                    kept = i;
                }
                if (isWhitespace(m)) continue;
            }
            if (out != null) out[kept++] = m;
        }
        return out == null ? text : new String(out, 0, kept);
    }

    private static boolean isMarkdown(char c) {
        return c == '*' || c == '_' || c == '#' || c == '`';
    }

    /** The characters of {@link #WHITESPACE}. */
    private static boolean isWhitespace(char c) {
        if (c <= ' ') return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
        return c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff';
    }

    // package-private for CompatibilityMapTest
    static String foldGenerally(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (containsAny(folded, MARKDOWN_CHARS)) folded = MARKDOWN.matcher(folded).replaceAll("");
        return withoutWhitespace(folded);
    }

    private static String withoutWhitespace(String text) {
        int first = 0;
        while (first < text.length() && WHITESPACE.indexOf(text.charAt(first)) < 0) first++;
        if (first == text.length()) return text;
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (WHITESPACE.indexOf(c) < 0) kept.append(c);
        }
        return kept.toString();
    }

    /** Sentences of normalized text, without their end marks. */
    public static List<String> sentences(String normalized) {
        Scope scope = SCOPE.get();
        return scope == null ? split(normalized, true)
                : scope.sentences.computeIfAbsent(normalized, text -> split(text, true));
    }

    /** Clauses of a normalized sentence (split at commas, colons and brackets, not at the enumeration comma 、). */
    public static List<String> clauses(String sentence) {
        Scope scope = SCOPE.get();
        return scope == null ? split(sentence, false)
                : scope.clauses.computeIfAbsent(sentence, text -> split(text, false));
    }

    public static int cjkCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (HanCharacters.SET.get(text.charAt(i))) count++;
        }
        return count;
    }

    /** Whether {@code text} holds one of {@code chars}. */
    public static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** Shortens a quotation for a message. */
    public static String quote(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** The non-empty parts of {@code text} between any of the sentence ends, or of the clause ends. */
    private static List<String> split(String text, boolean sentences) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!(sentences ? isSentenceEnd(text.charAt(i)) : isClauseEnd(text.charAt(i)))) continue;
            if (i > start) parts.add(text.substring(start, i));
            start = i + 1;
        }
        if (start < text.length()) parts.add(text.substring(start));
        return Collections.unmodifiableList(parts);
    }

    /** A character of {@link #SENTENCE_END}. */
    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '?' || c == ';';
    }

    /** A character of {@link #CLAUSE_END}. */
    private static boolean isClauseEnd(char c) {
        return c == ',' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']';
    }

    private static final class Scope {
        final Map<String, String> normalized = new IdentityHashMap<>();
        final Map<String, List<String>> sentences = new IdentityHashMap<>();
        final Map<String, List<String>> clauses = new IdentityHashMap<>();
        final Map<Memo<?, ?>, Map<Object, Object>> memos = new IdentityHashMap<>();
    }

    /**
     * The UTF-16 units of the Han script: {@code Character.UnicodeScript.of} is a binary search over every script's
     * ranges, and Q01 asks it for each character of each clause.
     */
    private static final class HanCharacters {
        static final BitSet SET = new BitSet(Character.MAX_VALUE + 1);

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) SET.set(c);
            }
        }
    }
}
