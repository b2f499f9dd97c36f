package org.disclosure.ingest.service;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the zip batch reader (issue 10): whatever the bytes, it returns entries or refuses
 * the batch with {@link InvalidBatchException}, within the batch limits, and nothing else escapes. Seeded from
 * {@code ZipBatchReaderFuzzTestInputs/fuzz/}; every crash or timeout Jazzer finds is kept there.
 */
class ZipBatchReaderFuzzTest {

    private static final ZipBatchReader READER = new ZipBatchReader(new BatchLimits(20, 100_000, 1_000_000));

    @FuzzTest(maxDuration = "15s")
    void fuzz(byte[] data) {
        try {
            for (BatchEntry entry : READER.read(data)) {
                if (entry.isAccepted() && entry.bytes().length > 100_000) throw new AssertionError("oversized entry");
            }
        } catch (InvalidBatchException expected) {
            // a refused batch is an answer
        }
    }
}
