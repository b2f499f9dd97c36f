package org.disclosure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.junit.jupiter.api.Test;

class EventReaderTest {

    private static StatusChanged read(byte[] value) {
        return EventReader.read(value, StatusChanged.class, StatusChanged::submissionId);
    }

    @Test
    void readsAnEventAndItsAttempt() {
        UUID id = UUID.randomUUID();
        StatusChanged sent = StatusChanged.progressed(id, Stage.PARSED, "parse-service", "财政局", 2021, 2);
        StatusChanged read = read(CanonicalJson.write(sent).getBytes(StandardCharsets.UTF_8));
        assertEquals(id, read.submissionId());
        assertEquals(2, read.attempt());
    }

    @Test
    void anEventFromBeforeAttemptsBelongsToTheFirstPass() {
        String json = "{\"submissionId\":\"" + UUID.randomUUID() + "\",\"stage\":\"parsed\",\"service\":\"x\"}";
        assertEquals(1, read(json.getBytes(StandardCharsets.UTF_8)).attempt());
    }

    @Test
    void garbageIsAPoisonRecordThatQuotesWhatItGot() {
        PoisonRecordException e = assertThrows(PoisonRecordException.class,
                () -> read(new byte[] {(byte) 0xff, 0x00, 'x', '{'}));
        assertTrue(e.getMessage().contains("not a readable StatusChanged event"), e.getMessage());
        assertNull(e.submissionId());
    }

    @Test
    void readsTheUtf8BytesAsSent() {
        UUID id = UUID.randomUUID();
        StatusChanged sent = StatusChanged.progressed(id, Stage.PARSED, "parse-service", "鹤岗市财政局 😀", 2021, 1);
        assertEquals("鹤岗市财政局 😀", read(CanonicalJson.write(sent).getBytes(StandardCharsets.UTF_8)).agency());
    }

    @Test
    void bytesThatAreNotUtf8ArePoison() {
        byte[] json = CanonicalJson.write(StatusChanged.progressed(UUID.randomUUID(), Stage.PARSED, "parse-service",
                "财政局", 2021, 1)).getBytes(StandardCharsets.UTF_8);
        int at = new String(json, StandardCharsets.UTF_8).indexOf("财");
        byte[] broken = json.clone();
        broken[new String(json, StandardCharsets.UTF_8).substring(0, at).getBytes(StandardCharsets.UTF_8).length + 1] = 'x';
        PoisonRecordException e = assertThrows(PoisonRecordException.class, () -> read(broken));
        assertTrue(e.getMessage().contains("not a readable StatusChanged event"), e.getMessage());
    }

    @Test
    void anEventBeyondTheContractsLimitsIsPoisonForItsSubmission() {
        UUID id = UUID.randomUUID();
        StatusChanged longName = StatusChanged.progressed(id, Stage.PARSED, "parse-service", "机关".repeat(200), 2021, 1);
        PoisonRecordException e = assertThrows(PoisonRecordException.class,
                () -> read(CanonicalJson.write(longName).getBytes(StandardCharsets.UTF_8)));
        assertEquals(id, e.submissionId());
        assertTrue(e.getMessage().contains("agency name of 400 characters"), e.getMessage());
    }

    @Test
    void emptyObjectsEmptyRecordsAndNullsArePoison() {
        assertTrue(assertThrows(PoisonRecordException.class, () -> read("{}".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("without a submission id"));
        assertThrows(PoisonRecordException.class, () -> read(new byte[0]));
        assertThrows(PoisonRecordException.class, () -> read(null));
        assertThrows(PoisonRecordException.class, () -> read("null".getBytes(StandardCharsets.UTF_8)));
    }
}
