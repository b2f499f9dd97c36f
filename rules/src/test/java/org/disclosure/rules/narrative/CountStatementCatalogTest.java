package org.disclosure.rules.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosure.contracts.report.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statement reader's grammar on a catalogue of sentences written in the style of real reports on 2024,
 * each with its reading: subjects and counts, or nothing where the sentence is about something else or
 * cannot be told (no statement is read rather than a wrong one).
 */
class CountStatementCatalogTest {

    static Stream<Arguments> catalogue() {
        return Stream.of(
            // new applications: nouns 申请 / 申请事项 / 公开事项, verbs 收到 受理 新收 接收
            reading("2024年，共收到政府信息公开申请25件。", "APPLICATIONS_RECEIVED=25"),
            reading("全年共受理政府信息公开申请25件，均已按期答复。", "APPLICATIONS_RECEIVED=25"),
            reading("共受理依申请公开事项25件。", "APPLICATIONS_RECEIVED=25"),
            reading("本机关共受理政府信息公开申请事项18件。", "APPLICATIONS_RECEIVED=18"),
            reading("全年接收公民、法人和其他组织提出的政府信息公开申请36件。", "APPLICATIONS_RECEIVED=36"),
            reading("收到自然人、法人或其他组织提出的政府信息公开申请25件。", "APPLICATIONS_RECEIVED=25"),
            reading("收到政府信息公开申请25件，均在法定期限内予以答复。", "APPLICATIONS_RECEIVED=25"),
            reading("本年度共收到政府信息公开申请25件，较去年有所下降。", "APPLICATIONS_RECEIVED=25"),
            reading("共收到政府信息公开申请25件，同比增长10%。", "APPLICATIONS_RECEIVED=25"),
            reading("共收到政府信息公开申请25件，比上年增加5件。", "APPLICATIONS_RECEIVED=25"),
            reading("全年未收到政府信息公开申请。", "APPLICATIONS_RECEIVED=0"),
            // the count followed by a breakdown by applicant type or channel: the breakdown is no statement
            reading("共收到政府信息公开申请25件，其中自然人申请20件、法人或其他组织申请5件。", "APPLICATIONS_RECEIVED=25"),
            reading("共收到政府信息公开申请25件，其中自然人提出20件，企业提出5件。", "APPLICATIONS_RECEIVED=25"),
            reading("共收到信息公开申请25件，其中当面申请3件、网络申请20件、信函申请2件。", "APPLICATIONS_RECEIVED=25"),
            reading("受理自然人提出的政府信息公开申请20件。"),
            // handled, dealt with, carried over, carried forward
            reading("全年办理政府信息公开申请30件。", "APPLICATIONS_DEALT_WITH=30"),
            reading("已答复政府信息公开申请24件。", "APPLICATIONS_HANDLED=24"),
            reading("全年共办结政府信息公开申请24件，结转下年度继续办理1件。",
                    "APPLICATIONS_HANDLED=24", "APPLICATIONS_CARRIED_FORWARD=1"),
            reading("新收政府信息公开申请25件，办结24件，结转下一年度办理1件。",
                    "APPLICATIONS_RECEIVED=25", "APPLICATIONS_HANDLED=24", "APPLICATIONS_CARRIED_FORWARD=1"),
            reading("本年度新收政府信息公开申请25件，上年结转2件。",
                    "APPLICATIONS_RECEIVED=25", "APPLICATIONS_CARRIED_OVER=2"),
            reading("上年度结转政府信息公开申请2件。", "APPLICATIONS_CARRIED_OVER=2"),
            reading("共受理政府信息公开申请25件（含上年结转2件）。",
                    "APPLICATIONS_RECEIVED=25", "APPLICATIONS_CARRIED_OVER=2"),
            reading("办理政府信息公开申请30件，其中上年结转5件。",
                    "APPLICATIONS_DEALT_WITH=30", "APPLICATIONS_CARRIED_OVER=5"),
            reading("全年受理、办结政府信息公开申请各25件。", "APPLICATIONS_RECEIVED=25", "APPLICATIONS_HANDLED=25"),
            reading("结转下年度继续办理的政府信息公开申请3件。", "APPLICATIONS_CARRIED_FORWARD=3"),
            // outcomes
            reading("在办结的政府信息公开申请中，予以公开15件，部分公开6件，不予公开3件。",
                    "GRANTED=15", "PARTIALLY_GRANTED=6", "DENIED=3"),
            // reviews and suits, apart and in one sentence
            reading("发生政府信息公开行政复议案件2件、行政诉讼案件1件。", "REVIEWS=2", "LITIGATION=1"),
            reading("因政府信息公开被申请行政复议3件，被提起行政诉讼1件。", "REVIEWS=3", "LITIGATION=1"),
            reading("收到政府信息公开行政复议申请2件。", "REVIEWS=2"),
            reading("涉及政府信息公开的行政复议、行政诉讼各1件。", "REVIEWS=1", "LITIGATION=1"),
            reading("未发生政府信息公开行政复议和行政诉讼案件。", "REVIEWS=0", "LITIGATION=0"),
            reading("年内涉及政府信息公开的行政诉讼案件1起，尚未审结。", "LITIGATION=1"),
            reading("行政复议案件2件，其中维持1件，纠正1件。"),
            // active publications: documents and decisions of table 二
            reading("本年度出台规范性文件5份。", "NORMATIVE_DOCS_ISSUED=5"),
            reading("废止规范性文件4件，现行有效规范性文件57件。", "NORMATIVE_DOCS_REPEALED=4", "NORMATIVE_DOCS_IN_FORCE=57"),
            reading("全年主动公开行政规范性文件9件。", "NORMATIVE_DOCS_PUBLISHED=9"),
            reading("本年度制定政府规章1件。", "REGULATIONS_ISSUED=1"),
            reading("全年共作出行政处罚决定1207件。", "PUNISHMENT_DECISIONS=1207"),
            reading("作出行政许可决定4518件，行政强制决定35件。", "LICENSING_DECISIONS=4518", "ENFORCEMENT_DECISIONS=35"),
            reading("清理规范性文件30件。"),
            reading("修订完善规章制度3件。"),
            // other things counted: no statement
            reading("受理行政许可申请4568件。"),
            reading("办理行政许可事项4518件。"),
            reading("全年受理政务服务事项12000件，政府信息公开申请25件。"),
            reading("2023年共收到政府信息公开申请20件。"),
            reading("累计收到政府信息公开申请300件。"),
            reading("受理信息公开申请1500余件。"),
            reading("通过政府网站、政务新媒体发布信息3412条。"),
            reading("领导信箱收到来信97件，均已办结。"),
            reading("行政处罚案件1207件。"),
            reading("收到政府信息公开申请25件，予以公开申请10件。", "APPLICATIONS_RECEIVED=25"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void readsTheSentenceAsExpected(String sentence, List<String> expected) {
        List<CountStatement> statements = new CountStatementReader(2024).read(List.of(new Paragraph("overview", 1, sentence)));
        TreeSet<String> read = statements.stream().map(s -> s.subject().name() + "=" + s.value().toPlainString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(expected), read, sentence);
    }

    @org.junit.jupiter.api.Test
    void theCatalogueHasAtLeastFortySentences() {
        assertTrue(catalogue().count() >= 40);
    }

    private static Arguments reading(String sentence, String... readings) {
        return Arguments.of(sentence, List.of(readings));
    }
}
