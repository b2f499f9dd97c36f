package org.disclosure.parser.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the Pdf path, seeded from {@code PdfFuzzTestInputs/fuzz/} (written by
 * {@link FuzzSeeds}); every crash or timeout Jazzer finds is kept there as a regression input. Without
 * JAZZER_FUZZ=1 only those inputs run (regression mode).
 */
class PdfFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        Fuzzing.parse(data);
    }
}
