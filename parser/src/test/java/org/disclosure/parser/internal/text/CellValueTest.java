package org.disclosure.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellValueTest {

    private static BigDecimal count(String raw) {
        return CellValue.read(LabelText.normalize(raw), false);
    }

    private static BigDecimal amount(String raw) {
        return CellValue.read(LabelText.normalize(raw), true);
    }

    @Test
    void countsWithSeparatorsSignsAndFullWidthDigits() {
        assertEquals(new BigDecimal("1162"), count("1,162"));
        assertEquals(new BigDecimal("1162"), count("１，１６２"));
        assertEquals(new BigDecimal("139"), count("+139"));
        assertEquals(new BigDecimal("-67"), count("-67"));
        assertEquals(new BigDecimal("-67"), count("－67"));
        assertEquals(new BigDecimal("12"), count("12件"));
    }

    @Test
    void amountsAreInTenThousandYuan() {
        assertEquals(new BigDecimal("25.1"), amount("251000元"));
        assertEquals(new BigDecimal("1234"), amount("1234 万元"));
        assertEquals(new BigDecimal("46.2697"), amount("46.2697"));
        assertEquals("1234", amount("1234万元").toPlainString());
    }

    @Test
    void blankMarksHaveNoValue() {
        for (String blank : new String[] {"", "/", "-", "—", "无", "／"}) {
            assertNull(count(blank), blank);
        }
        assertTrue(CellValue.isValue("无"));
        assertFalse(CellValue.isValue("1."));
        assertFalse(CellValue.isValue("1,16"));
        assertFalse(CellValue.isValue("2021年"));
    }
}
