package org.disclosure.parser.internal.detect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an uploaded document into text. Reports arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK; anything that is not text at all (PDF, archives, images, office
 * files) is refused here so that the parser never guesses at binary content.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final double MAX_CONTROL_SHARE = 0.01;

    private static final byte[][] BINARY_SIGNATURES = {
            {'%', 'P', 'D', 'F'},
            {'P', 'K', 3, 4},
            {(byte) 0x89, 'P', 'N', 'G'},
            {'G', 'I', 'F', '8'},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            {'7', 'z', (byte) 0xBC, (byte) 0xAF},
            {'R', 'a', 'r', '!'},
            {0x1F, (byte) 0x8B},
            {'{', '\\', 'r', 't', 'f'},
    };

    private TextDecoder() {
    }

    /** The decoded text, or empty when the bytes are not a text document. */
    public static Optional<String> decode(byte[] content) {
        if (content == null || content.length == 0 || hasBinarySignature(content)) return Optional.empty();
        String text = decodeByBom(content);
        if (text == null) text = strict(content, 0, StandardCharsets.UTF_8);
        if (text == null) text = strict(content, 0, GB18030);
        if (text == null) return Optional.empty();
        return looksLikeText(text) ? Optional.of(text) : Optional.empty();
    }

    private static String decodeByBom(byte[] b) {
        if (startsWith(b, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)) return strict(b, 3, StandardCharsets.UTF_8);
        if (startsWith(b, (byte) 0xFF, (byte) 0xFE)) return strict(b, 2, StandardCharsets.UTF_16LE);
        if (startsWith(b, (byte) 0xFE, (byte) 0xFF)) return strict(b, 2, StandardCharsets.UTF_16BE);
        if (startsWith(b, (byte) 0x84, (byte) 0x31, (byte) 0x95, (byte) 0x33)) return strict(b, 4, GB18030);
        return null;
    }

    private static boolean hasBinarySignature(byte[] content) {
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(content, signature)) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte... prefix) {
        if (content.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) return false;
        }
        return true;
    }

    private static String strict(byte[] content, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters other than line structure mean the bytes were binary that happened to decode. */
    private static boolean looksLikeText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
            else if (c == '\uFFFD') controls++;
        }
        return controls <= text.length() * MAX_CONTROL_SHARE;
    }
}
