package org.disclosure.rules.narrative;

import java.math.BigDecimal;
import org.disclosure.contracts.report.Paragraph;

/**
 * A count the narrative states: "全年共受理信息公开申请 25 件" is (APPLICATIONS_RECEIVED, 25).
 *
 * @param clause the clause it was read from, normalized, for the message
 */
record CountStatement(CountSubject subject, BigDecimal value, String clause, Paragraph paragraph) {
}
