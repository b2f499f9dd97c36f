package org.disclosure.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of an object held by one top-level field of a JSON document, exactly as the document carries them. A
 * service that keeps a report as JSON takes it from the record instead of writing the decoded report again (stats);
 * a reader leaves a part it may never need unread (validate's cell sources). Found by a scan of the UTF-8 bytes for
 * quotes, escapes and brackets only (a byte of a multi-byte UTF-8 character is never an ASCII quote or bracket),
 * without reading names or values: the callers read the document with Jackson as well, which is what checks it.
 */
public final class RawJsonField {

    private RawJsonField() {
    }

    /** The object that top-level field {@code name} holds, as UTF-8 bytes; null as for {@link #range}. */
    public static byte[] of(byte[] json, String name) {
        int[] range = range(json, name);
        return range == null ? null : Arrays.copyOfRange(json, range[0], range[1]);
    }

    /**
     * {@code [start, end)} of the object that top-level field {@code name} holds; null when the document is not an
     * object, has no such field, or the field holds something else.
     */
    public static int[] range(byte[] json, String name) {
        return objectValue(json, ('"' + name + '"').getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code [start, end)} of the object that top-level field {@code quotedName} (its name in quotes, as UTF-8) holds;
     * null when the document is not an object, has no such field, or the field holds something else.
     */
    private static int[] objectValue(byte[] json, byte[] quotedName) {
        int depth = 0;
        boolean key = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (b == '"') {
                int end = endOfString(json, i);
                if (end < 0) return null;
                if (depth == 1 && key) {
                    if (end + 1 - i == quotedName.length && same(json, i, quotedName)) return object(json, end + 1);
                    key = false;
                }
                i = end;
            } else if (b == '{' || b == '[') {
                depth++;
                if (depth == 1) {
                    if (b != '{') return null;
                    key = true;
                }
            } else if (b == '}' || b == ']') {
                depth--;
            } else if (b == ',' && depth == 1) {
                key = true;
            }
        }
        return null;
    }

    /** The object after the colon that follows a name ending before {@code from}. */
    private static int[] object(byte[] json, int from) {
        int i = from;
        while (i < json.length && (json[i] == ':' || json[i] == ' ' || json[i] == '\t' || json[i] == '\n'
                || json[i] == '\r')) i++;
        if (i >= json.length || json[i] != '{') return null;
        int start = i;
        int depth = 0;
        for (; i < json.length; i++) {
            byte b = json[i];
            if (b == '"') {
                i = endOfString(json, i);
                if (i < 0) return null;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (--depth == 0) return new int[] {start, i + 1};
            }
        }
        return null;
    }

    /** The index of the quote that closes the string opened at {@code open}; -1 if it is never closed. */
    private static int endOfString(byte[] json, int open) {
        for (int i = open + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(byte[] json, int at, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (json[at + i] != name[i]) return false;
        }
        return true;
    }
}
