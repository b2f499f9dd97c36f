package org.disclosure.parser.internal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The kind of a file is told from its bytes alone. */
class ContentSnifferTest {

    @Test
    void theSnifferNamesKindsByContentAlone() throws IOException {
        byte[] report;
        try (InputStream in = ContentSnifferTest.class.getResourceAsStream("/reports/tab_2021_changchun_chaoyang.txt")) {
            report = in.readAllBytes();
        }
        assertEquals(DocumentKind.TEXT, ContentSniffer.sniff(report));
        assertEquals(DocumentKind.HTML, ContentSniffer.sniff("\uFEFF<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentKind.PDF, ContentSniffer.sniff("junk before\n%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(DocumentKind.ARCHIVE, ContentSniffer.sniff(new byte[] {0x1F, (byte) 0x8B, 8, 0}));
        assertEquals(DocumentKind.RTF, ContentSniffer.sniff("{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8)));
    }
}
