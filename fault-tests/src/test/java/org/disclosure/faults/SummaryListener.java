package org.disclosure.faults;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** When every scenario has run: the summary table (stdout and target/fault-summary.md), then the platform stops. */
public final class SummaryListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        try {
            FaultSuite.SUMMARY.write(FaultSuite.TARGET.resolve("fault-summary.md"));
        } finally {
            FaultSuite.close();
        }
    }
}
