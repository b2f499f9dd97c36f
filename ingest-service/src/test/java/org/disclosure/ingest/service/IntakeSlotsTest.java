package org.disclosure.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeSlotsTest {

    private static final long MIB = 1 << 20;

    private final IntakeSlots slots = new IntakeSlots(64 * MIB, 10);
    private final List<UniEmitter<? super String>> inProgress = new ArrayList<>();

    @Test
    void manySmallUploadsFitWhereFewLargeOnesDo() {
        for (int i = 0; i < 1024; i++) assertEquals(null, start(10_000).getFailure());
        assertInstanceOf(IntakeBusyException.class, start(10_000).getFailure(), "each counts at least 64 KiB");
        finishAll();

        for (int i = 0; i < 3; i++) assertEquals(null, start(20 * MIB).getFailure());
        IntakeBusyException busy = assertInstanceOf(IntakeBusyException.class, start(20 * MIB).getFailure());
        assertEquals(10, busy.retryAfterSeconds());
        assertEquals(null, start(3 * MIB).getFailure(), "what is left still takes a smaller upload");
    }

    @Test
    void anAnsweredUploadGivesItsBytesBack() {
        UniAssertSubscriber<String> upload = start(64 * MIB);
        assertEquals(0, slots.availableBytes());
        inProgress.get(0).complete("stored");
        upload.assertItem("stored");
        assertEquals(64 * MIB, slots.availableBytes());

        UniAssertSubscriber<String> failing = start(MIB);
        inProgress.get(1).fail(new IllegalStateException("refused"));
        failing.assertFailedWith(IllegalStateException.class);
        assertEquals(64 * MIB, slots.availableBytes());
    }

    private UniAssertSubscriber<String> start(long bytes) {
        return slots.run(bytes, () -> Uni.createFrom().<String>emitter(inProgress::add))
                .subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    private void finishAll() {
        inProgress.forEach(emitter -> emitter.complete("done"));
        inProgress.clear();
        assertEquals(64 * MIB, slots.availableBytes());
    }
}
