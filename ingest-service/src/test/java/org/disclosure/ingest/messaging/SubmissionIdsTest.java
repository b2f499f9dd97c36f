package org.disclosure.ingest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubmissionIdsTest {

    private static final UUID ID = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    @Test
    void readsTheTopLevelIdOfAnyJsonObject() {
        assertEquals(ID, SubmissionIds.in(bytes("{\"submissionId\":\"" + ID + "\",\"stage\":\"teleported\"}")));
        assertEquals(ID, SubmissionIds.in(bytes("{\"report\":{\"submissionId\":\"nested, ignored\",\"cells\":[1,2]},"
                + "\"submissionId\":\"" + ID + "\"}")));
    }

    @Test
    void isNullWithoutAnId() {
        assertNull(SubmissionIds.in(null));
        assertNull(SubmissionIds.in(new byte[0]));
        assertNull(SubmissionIds.in(bytes("{}")));
        assertNull(SubmissionIds.in(bytes("\u0000 not json")));
        assertNull(SubmissionIds.in(bytes("[\"" + ID + "\"]")));
        assertNull(SubmissionIds.in(bytes("{\"submissionId\":\"not-a-uuid\"}")));
        assertNull(SubmissionIds.in(bytes("{\"submissionId\":42}")));
        assertNull(SubmissionIds.in(bytes("{\"submissionId\":\"" + ID)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
