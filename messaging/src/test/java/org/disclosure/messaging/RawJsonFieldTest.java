package org.disclosure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawJsonFieldTest {

    private static String field(String json, String name) {
        byte[] value = RawJsonField.of(json.getBytes(StandardCharsets.UTF_8), name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    @Test
    void givesTheObjectsBytesAsTheDocumentCarriesThem() {
        String event = "{\"submissionId\":\"a \\\"report\\\": {\",\"findings\":[{\"rule\":\"T01\",\"x\":{\"report\":1}}],"
                + "\"report\" : {\"agency\":\"哈尔滨市财政局\", \"note\":\"}{\\\\\", \"cells\":{\"a.b\":1.50,\"c\":null},"
                + "\"n\":[1,[2]]},\"attempt\":2}";
        assertEquals("{\"agency\":\"哈尔滨市财政局\", \"note\":\"}{\\\\\", \"cells\":{\"a.b\":1.50,\"c\":null},\"n\":[1,[2]]}",
                field(event, "report"));
    }

    @Test
    void aMissingNestedOrOtherValueIsNull() {
        assertNull(field("{\"a\":{\"report\":{}}}", "report"), "only top-level fields count");
        assertNull(field("{\"a\":[\"report\",{\"report\":{}}]}", "report"), "nor names inside arrays");
        assertNull(field("{\"report\":null}", "report"));
        assertNull(field("{\"report\":[1]}", "report"));
        assertNull(field("[{\"report\":{}}]", "report"));
        assertNull(field("{\"report\":{\"a\":", "report"), "an object never closed");
    }
}
