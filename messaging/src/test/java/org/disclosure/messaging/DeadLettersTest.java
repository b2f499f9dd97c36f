package org.disclosure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void aSupervisorReadsTheRecordsFaultInOurWordsNeverAnExceptionsText() {
        assertEquals("记录缺少提交编号 / no id", DeadLetters.reason(new PoisonRecordException("记录缺少提交编号 / no id", null)));
        String reason = DeadLetters.reason(new IllegalStateException("org.hibernate.Session@1f2e3d is closed at "
                + "jdbc:postgresql://db-host:5432/stats user=stats_app"));
        assertFalse(reason.contains("jdbc:postgresql"), reason);
        assertEquals("处理失败，已保留待重放 / could not be processed and was kept for replay", reason);
        assertFalse(DeadLetters.reason(new PoisonRecordException("拒绝 / refused", UUID.randomUUID(),
                new RuntimeException("secret"))).contains("secret"));
    }
}
