package org.disclosure.parser.internal.limit;

import java.util.function.Supplier;

/**
 * What one document may cost the parser. Every extractor and the text reader call {@link #check()} in their
 * loops and count what they build; past a limit they throw {@link LimitExceeded}, which the parser turns into a
 * failure of that document alone. The budget is per thread and per parse, so the parser stays thread-safe.
 *
 * <p>The limits sit far above any real annual report (a few dozen pages, three tables of at most 40 rows and
 * 12 columns, a few thousand lines) and far below what would threaten a service's heap.
 */
public final class Budget {

    /** A single row or column span is clamped to this (browsers clamp colspan to 1000; reports use a dozen). */
    public static final int MAX_SPAN = 100;
    /** Columns of one table grid. */
    public static final int MAX_GRID_COLUMNS = 256;
    /** Rows of one table grid. */
    public static final int MAX_GRID_ROWS = 20_000;
    /** Table slots of all grids of one document together. */
    public static final long MAX_GRID_SLOTS = 500_000;
    /** Element nesting of a web page. */
    public static final int MAX_NESTING = 256;
    public static final int MAX_PDF_PAGES = 1_000;
    public static final int MAX_PDF_OBJECTS = 500_000;
    /** Scanned pages read by OCR in one document (each costs seconds; reports have a few dozen pages). */
    public static final int MAX_SCANNED_PAGES = 60;
    public static final long MAX_PDF_GLYPHS = 3_000_000;
    /** Bytes decoded from all content streams of a PDF. */
    public static final long MAX_PDF_DECODED_BYTES = 64L * 1024 * 1024;
    /** PDFBox keeps at most this much of a document's streams on the heap; the rest goes to a scratch file. */
    public static final long PDF_MAIN_MEMORY_BYTES = 16L * 1024 * 1024;
    /** Lines of the text a document becomes. */
    public static final int MAX_LINES = 200_000;
    /** Characters of one line (a paragraph). */
    public static final int MAX_LINE_LENGTH = 100_000;

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    private final long deadline;
    private final long timeLimitMillis;
    private long slots;
    private long glyphs;
    private long decoded;

    private Budget(long timeLimitMillis) {
        this.timeLimitMillis = timeLimitMillis;
        this.deadline = System.nanoTime() + timeLimitMillis * 1_000_000;
    }

    /**
     * Runs one parse under a fresh budget with the given wall-clock limit. Nested calls (parseText inside parse)
     * share the outer budget.
     */
    public static <T> T within(long timeLimitMillis, Supplier<T> parse) {
        if (CURRENT.get() != null) return parse.get();
        CURRENT.set(new Budget(timeLimitMillis));
        try {
            return parse.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** Fails the document when its wall-clock time is up (or the thread was interrupted). */
    public static void check() {
        Budget budget = CURRENT.get();
        if (budget == null) return;
        if (System.nanoTime() - budget.deadline > 0) {
            throw new LimitExceeded(LimitExceeded.Limit.TIME, "more than " + budget.timeLimitMillis + " ms");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new LimitExceeded(LimitExceeded.Limit.TIME, "interrupted");
        }
    }

    /** Counts table slots laid out; fails past {@link #MAX_GRID_SLOTS} for the document. */
    public static void addSlots(long count) {
        Budget budget = CURRENT.get();
        if (budget == null) return;
        budget.slots += count;
        if (budget.slots > MAX_GRID_SLOTS) {
            throw new LimitExceeded(LimitExceeded.Limit.GRID, "more than " + MAX_GRID_SLOTS + " table cells");
        }
        check();
    }

    /** Counts PDF glyphs read; fails past {@link #MAX_PDF_GLYPHS}. */
    public static void addGlyph() {
        Budget budget = CURRENT.get();
        if (budget == null) return;
        if (++budget.glyphs > MAX_PDF_GLYPHS) {
            throw new LimitExceeded(LimitExceeded.Limit.GLYPHS, "more than " + MAX_PDF_GLYPHS + " glyphs");
        }
        if ((budget.glyphs & 0xFFF) == 0) check();
    }

    /** Counts bytes decoded from PDF streams; fails past {@link #MAX_PDF_DECODED_BYTES}. */
    public static void addDecoded(long bytes) {
        Budget budget = CURRENT.get();
        if (budget == null) return;
        budget.decoded += bytes;
        if (budget.decoded > MAX_PDF_DECODED_BYTES) {
            throw new LimitExceeded(LimitExceeded.Limit.DECODED_BYTES,
                    "more than " + MAX_PDF_DECODED_BYTES + " decoded bytes");
        }
        check();
    }

    /** Fails a text past {@link #MAX_LINES} lines or with a line longer than {@link #MAX_LINE_LENGTH}. */
    public static void checkText(CharSequence text) {
        int lines = 0;
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (++lines > MAX_LINES) {
                    throw new LimitExceeded(LimitExceeded.Limit.LINES, "more than " + MAX_LINES + " lines");
                }
                length = 0;
            } else if (++length > MAX_LINE_LENGTH) {
                throw new LimitExceeded(LimitExceeded.Limit.LINE_LENGTH,
                        "a line longer than " + MAX_LINE_LENGTH + " characters");
            }
        }
    }

    /** Clamps a row or column span to {@link #MAX_SPAN}. */
    public static int span(int span) {
        return Math.max(1, Math.min(span, MAX_SPAN));
    }
}
