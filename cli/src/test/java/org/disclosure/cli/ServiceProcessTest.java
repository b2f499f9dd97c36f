package org.disclosure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void extraJvmOptionsAreSplitAtSpacesAndNameTheProcess() {
        String options = "  -XX:TieredStopAtLevel=4 \t -XX:StartFlightRecording=filename=/tmp/{name}.jfr ";
        assertEquals(List.of("-XX:TieredStopAtLevel=4", "-XX:StartFlightRecording=filename=/tmp/ingest-service.jfr"),
                ServiceProcess.extraJvmOptions(options, "ingest-service"));
    }

    @Test
    void noExtraJvmOptionsWithoutTheVariable() {
        assertEquals(List.of(), ServiceProcess.extraJvmOptions(null, "parse-service"));
        assertEquals(List.of(), ServiceProcess.extraJvmOptions("  ", "parse-service"));
    }
}
