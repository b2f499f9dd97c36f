package org.disclosure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawJsonFieldTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String event, String name) {
        byte[] value = RawJsonField.of(utf8(event), name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    @Test
    void givesTheFieldsBytesAsTheRecordCarriesThem() {
        String event = "{\"submissionId\":\"a\",\"findings\":[{\"rule\":\"T01\",\"x\":{\"report\":1}}],"
                + "\"report\": {\"agency\":\"哈尔滨市财政局\", \"cells\":{\"a.b\":1.50,\"c\":null},\"n\":[1,[2]]},"
                + "\"attempt\":2}";
        assertEquals("{\"agency\":\"哈尔滨市财政局\", \"cells\":{\"a.b\":1.50,\"c\":null},\"n\":[1,[2]]}",
                field(event, "report"));
        assertEquals("[{\"rule\":\"T01\",\"x\":{\"report\":1}}]", field(event, "findings"));
        assertEquals("\"a\"", field(event, "submissionId"));
        assertEquals("2", field(event, "attempt"));
    }

    @Test
    void aMissingNullOrUnreadableFieldIsNull() {
        assertNull(field("{\"a\":{\"report\":{}}}", "report"), "only top-level fields count");
        assertNull(field("{\"report\":null}", "report"));
        assertNull(field("[1,2]", "report"));
        assertNull(field("{\"report\":{\"a\":", "report"));
    }
}
