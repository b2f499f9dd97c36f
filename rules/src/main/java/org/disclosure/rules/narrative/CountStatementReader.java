package org.disclosure.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.rules.narrative.SubjectKeywords.Keyword;
import org.disclosure.rules.narrative.SubjectKeywords.Topic;
import org.disclosure.rules.support.Phrases;
import org.disclosure.rules.support.TextNormalizer;

/**
 * Reads the counts a narrative states about things the tables also count. It is deliberately conservative:
 * a statement is only read when its subject noun and its verb are both in the same clause, the clause speaks
 * of the report's own year, and it is not a comparison or a running total — a missed statement costs a
 * finding, a misread one costs a supervisor's trust.
 *
 * <h2>Grammar</h2>
 * A clause is cut at ，：；（） (not at 、). A <em>count</em> is a number with the unit 件/起/份/个 ("1500余件",
 * "2.5件" are not counts). The count's <em>subject</em> is the noun right after its unit ("4 份规范性文件"),
 * else the noun ending nearest before it in the clause ({@link SubjectKeywords}). The subject and the
 * <em>verb</em> (the words before the count in the clause) decide the reading:
 * <pre>
 * subject (noun)                         verb before the count             reading (table figures, any one clears)
 * 申请, 申请事项, 公开事项 (依申请公开事项)  收到 受理 新收 接收 接到 收悉        new: 一 or 一+二
 *                                        办结 办理完毕 答复                 handled: （七）总计
 *                                        办理 (alone)                      dealt with: 一, 一+二 or （七）总计
 *                                        上年(度)结转                      carried over: 二
 *                                        结转 (下年度, 继续办理)            carried forward: 四
 *                                        受理…办结 / 受理并办结 (both)      new and handled, each
 * 结转                                   上年… / otherwise                 carried over: 二 / carried forward: 四
 * 办结                                   —                                 handled: （七）总计
 * 予以公开, 部分公开, 不予公开            —                                 表三 rows （一）（二）（三）
 * 行政复议, 复议, 复议申请                —                                 reviews: 表四 行政复议 总计
 * 行政诉讼, 诉讼, 诉讼申请                —                                 suits: both 行政诉讼 totals
 * 规范性文件                             制发 出台 印发 制定 发布 公布       issued (2019: new made / new published)
 *                                        废止 / 现行有效                    repealed / in force
 *                                        (主动)公开                        active publications: issued, made,
 *                                                                          published or in force
 * 规章 (not 规章制度)                    as 规范性文件                     表二 规章
 * 行政许可, 行政处罚, 行政强制            …决定 after the noun              表二 本年处理决定数量
 * </pre>
 * Conditions: an application count needs 公开 in its clause, or a sentence about 公开 whose clause names no
 * other kind of application (许可, 审批, 政务服务, 信访…); 予以公开…办结 counts need 申请 in the sentence;
 * case counts need 公开 in the sentence. A count of one applicant type ("其中自然人申请 20 件", "受理自然人
 * 提出的申请 20 件") is a breakdown, not read; naming two or more types ("自然人、法人或其他组织提出的申请")
 * is the total. "行政复议、行政诉讼各 1 件" gives both. "未收到…申请" and "未发生…复议、诉讼" state 0. Skipped:
 * clauses with comparisons or running totals (同比, 增加, 累计, 以来…), sentences naming another year, and
 * review work on documents (清理, 审查, 修订, 解读…). Anything else — another noun, no verb, two readings that
 * cannot both hold — is no statement: ambiguity leaves the count unread, never a false alarm.
 */
final class CountStatementReader {

    /** A count with its unit; "余/多" after the unit or a digit before it ("1500余件", "2.5件") is not a count. */
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.第])(\\d+)(件|起|份|个)(?![余多])");
    /** Comparisons and running totals; "近3年" is one too (see {@link #notThisYearsCount}). */
    private static final Phrases NOT_THIS_YEARS_COUNT = Phrases.of("同比", "较上年", "比上年", "较去年", "增长", "增加", "减少", "下降", "累计", "历年", "以来", "平均");
    private static final Pattern NONE_RECEIVED = Pattern.compile("(未|没有)(收到|受理|接到|接收|发生|出现)");
    /** "未收到申请超出一定数量或者频次范围的…申请" is about fees, not about receiving no request. */
    private static final Phrases NOT_ABOUT_COUNT = Phrases.of("超出", "频次", "数量", "收费", "费用", "处理费", "范围");

    private static final Phrases RECEIVED = Phrases.of("收到", "受理", "新收", "接收", "接到", "收悉");
    private static final Phrases HANDLED = Phrases.of("办结", "办理完毕", "答复完毕", "答复");
    /** 办理 alone may mean received, received and carried over, or settled: any of the three clears it. */
    private static final Pattern DEALT = Pattern.compile("办理(?!完毕|结果)");
    /** The applicant types of table 三's columns; one named alone makes a count a breakdown. */
    private static final Pattern APPLICANT_TYPE = Pattern.compile("自然人|公民|法人或其他组织|法人|企业|科研机构|社会公益组织|公益组织|法律服务机构|其他组织");
    private static final Pattern DECISIONS = Pattern.compile("^[^,]{0,6}决定");
    private static final Pattern CARRIED_OVER = Pattern.compile("上一?年度?结转");
    private static final Phrases ISSUED = Phrases.of("制发", "出台", "印发", "制定", "发布", "公布");
    private static final Phrases REPEALED = Phrases.of("废止");
    private static final Phrases IN_FORCE = Phrases.of("现行有效");
    /** Other kinds of applications an agency receives and settles (licences, services, petitions), not disclosure requests. */
    private static final Phrases OTHER_APPLICATIONS = Phrases.of("许可", "审批", "政务服务", "办事", "服务事项", "信访", "补贴", "救助", "登记", "备案", "行政复议申请");
    /** Work on existing documents, whose counts the tables do not hold. */
    private static final Phrases DOCUMENT_REVIEW = Phrases.of("清理", "审查", "审核", "备案", "梳理", "修订", "修改", "解读", "评估");

    private final Integer reportYear;

    CountStatementReader(Integer reportYear) {
        this.reportYear = reportYear;
    }

    List<CountStatement> read(List<Paragraph> paragraphs) {
        Map<String, CountStatement> statements = new LinkedHashMap<>();
        for (Paragraph paragraph : paragraphs) {
            String text = TextNormalizer.normalize(paragraph.text());
            if (!mayState(text)) continue;
            for (String sentence : TextNormalizer.sentences(text)) {
                if (!mayState(sentence) || aboutAnotherYear(sentence)) continue;
                for (String clause : TextNormalizer.clauses(sentence)) {
                    if (!mayState(clause) || notThisYearsCount(clause)) continue;
                    for (CountStatement statement : readClause(clause, sentence, paragraph)) {
                        // The same claim made twice is one thing to check.
                        statements.putIfAbsent(statement.subject() + "=" + statement.value(), statement);
                    }
                }
            }
        }
        return new ArrayList<>(statements.values());
    }

    /**
     * Whether {@code text} can hold a statement at all: a count needs a digit, a statement of none 未 or 没有. Most
     * prose has neither, and this test is far cheaper than the regular expressions that read a statement.
     */
    private static boolean mayState(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '未' || c == '没') return true;
        }
        return false;
    }

    private static boolean notThisYearsCount(String clause) {
        if (NOT_THIS_YEARS_COUNT.in(clause)) return true;
        for (int at = clause.indexOf('近'); at >= 0 && at + 1 < clause.length(); at = clause.indexOf('近', at + 1)) {
            char next = clause.charAt(at + 1);
            if (next >= '0' && next <= '9') return true;
        }
        return false;
    }

    /**
     * Whether the sentence names a year ({@code (19|20)\d{2}年}) other than the report's. The year is found from each
     * 年 back instead of by a regular expression tried at every character of every sentence with a digit.
     */
    private boolean aboutAnotherYear(String sentence) {
        if (reportYear == null) return false;
        for (int at = sentence.indexOf('年', 4); at >= 0; at = sentence.indexOf('年', at + 1)) {
            char c1 = sentence.charAt(at - 4);
            char c2 = sentence.charAt(at - 3);
            char c3 = sentence.charAt(at - 2);
            char c4 = sentence.charAt(at - 1);
            boolean century = c1 == '1' && c2 == '9' || c1 == '2' && c2 == '0';
            if (!century || c3 < '0' || c3 > '9' || c4 < '0' || c4 > '9') continue;
            if ((c1 - '0') * 1000 + (c2 - '0') * 100 + (c3 - '0') * 10 + (c4 - '0') != reportYear) return true;
        }
        return false;
    }

    private List<CountStatement> readClause(String clause, String sentence, Paragraph paragraph) {
        List<CountStatement> found = new ArrayList<>();
        Matcher count = COUNT.matcher(clause);
        while (count.find()) {
            Keyword subject = SubjectKeywords.startingAt(clause, count.end());
            if (subject == null) subject = SubjectKeywords.nearestBefore(clause, count.start());
            if (subject == null) continue;
            String before = clause.substring(0, count.start());
            String after = clause.substring(count.end());
            BigDecimal value = new BigDecimal(count.group(1));
            for (CountSubject meaning : meanings(subject.topic(), before, after, count.group(2), sentence)) {
                found.add(new CountStatement(meaning, value, clause, paragraph));
            }
        }
        found.addAll(readNoneStatement(clause, sentence, paragraph));
        return found;
    }

    /** What a count about {@code topic} means, judged by the verbs before it; none when it cannot be told. */
    private static List<CountSubject> meanings(Topic topic, String before, String after, String unit, String sentence) {
        if (isBreakdown(before)) return List.of();
        boolean aboutRequests = switch (topic) {
            case GRANTED, PARTIAL, DENIED, HANDLED, CARRIED -> sentence.contains("申请") && !OTHER_APPLICATIONS.in(sentence);
            default -> false;
        };
        boolean aboutDisclosureCases = sentence.contains("公开") && (unit.equals("件") || unit.equals("起"));
        return switch (topic) {
            case APPLICATION -> disclosureRequest(before, sentence) ? applicationMeanings(before) : List.of();
            case GRANTED -> aboutRequests ? List.of(CountSubject.GRANTED) : List.of();
            case PARTIAL -> aboutRequests ? List.of(CountSubject.PARTIALLY_GRANTED) : List.of();
            case DENIED -> aboutRequests ? List.of(CountSubject.DENIED) : List.of();
            case HANDLED -> aboutRequests ? List.of(CountSubject.APPLICATIONS_HANDLED) : List.of();
            case CARRIED -> aboutRequests ? List.of(carriedMeaning(before)) : List.of();
            case REVIEW, LITIGATION -> aboutDisclosureCases ? caseMeanings(topic, before) : List.of();
            case NORMATIVE_DOCS -> documentMeaning(before, CountSubject.NORMATIVE_DOCS_ISSUED, CountSubject.NORMATIVE_DOCS_REPEALED,
                    CountSubject.NORMATIVE_DOCS_IN_FORCE, CountSubject.NORMATIVE_DOCS_PUBLISHED);
            case REGULATIONS -> documentMeaning(before, CountSubject.REGULATIONS_ISSUED, CountSubject.REGULATIONS_REPEALED,
                    CountSubject.REGULATIONS_IN_FORCE, CountSubject.REGULATIONS_PUBLISHED);
            case LICENSING -> decisions(before, after, CountSubject.LICENSING_DECISIONS);
            case PUNISHMENT -> decisions(before, after, CountSubject.PUNISHMENT_DECISIONS);
            case ENFORCEMENT -> decisions(before, after, CountSubject.ENFORCEMENT_DECISIONS);
            case UNRELATED -> List.of();
        };
    }

    /** One applicant type named alone ("其中自然人申请 20 件"): a column of the table, not its total. */
    private static boolean isBreakdown(String before) {
        Matcher type = APPLICANT_TYPE.matcher(before);
        int types = 0;
        while (type.find()) types++;
        return types == 1;
    }

    /** "行政复议、行政诉讼各 1 件" counts both; otherwise the count is the subject's own. */
    private static List<CountSubject> caseMeanings(Topic topic, String before) {
        CountSubject own = topic == Topic.REVIEW ? CountSubject.REVIEWS : CountSubject.LITIGATION;
        if (before.endsWith("各") && before.contains("复议") && before.contains("诉讼")) {
            return List.of(CountSubject.REVIEWS, CountSubject.LITIGATION);
        }
        return List.of(own);
    }

    /** 行政许可 / 处罚 / 强制 counts are 表二's only when they count decisions ("作出行政处罚决定 1207 件"). */
    private static List<CountSubject> decisions(String before, String after, CountSubject subject) {
        return DECISIONS.matcher(after).find() || before.endsWith("决定") ? List.of(subject) : List.of();
    }

    /**
     * "受理行政许可申请 4568 件" is not about disclosure requests: the clause must say 公开 itself, or the sentence
     * must be about disclosure and the clause name no other kind of application.
     */
    private static boolean disclosureRequest(String before, String sentence) {
        if (before.contains("公开")) return true;
        return sentence.contains("公开") && !OTHER_APPLICATIONS.in(before);
    }

    private static List<CountSubject> applicationMeanings(String before) {
        if (CARRIED_OVER.matcher(before).find()) return List.of(CountSubject.APPLICATIONS_CARRIED_OVER);
        if (before.contains("结转")) return List.of(CountSubject.APPLICATIONS_CARRIED_FORWARD);
        boolean handled = HANDLED.in(before);
        boolean received = RECEIVED.in(before);
        if (handled && received) return List.of(CountSubject.APPLICATIONS_RECEIVED, CountSubject.APPLICATIONS_HANDLED);
        if (handled) return List.of(CountSubject.APPLICATIONS_HANDLED);
        if (received) return List.of(CountSubject.APPLICATIONS_RECEIVED);
        if (DEALT.matcher(before).find()) return List.of(CountSubject.APPLICATIONS_DEALT_WITH);
        return List.of();
    }

    private static CountSubject carriedMeaning(String before) {
        return CARRIED_OVER.matcher(before + "结转").find() ? CountSubject.APPLICATIONS_CARRIED_OVER
                : CountSubject.APPLICATIONS_CARRIED_FORWARD;
    }

    private static List<CountSubject> documentMeaning(String before, CountSubject issued, CountSubject repealed,
            CountSubject inForce, CountSubject published) {
        if (DOCUMENT_REVIEW.in(before)) return List.of();
        if (REPEALED.in(before)) return List.of(repealed);
        if (IN_FORCE.in(before)) return List.of(inForce);
        if (ISSUED.in(before)) return List.of(issued);
        if (before.contains("公开")) return List.of(published);
        return List.of();
    }

    /** "未收到…申请" states 0 applications; "未发生…行政复议、行政诉讼案件" states 0 cases of each. */
    private static List<CountStatement> readNoneStatement(String clause, String sentence, Paragraph paragraph) {
        if (clause.indexOf('未') < 0 && !clause.contains("没有")) return List.of();
        Matcher none = NONE_RECEIVED.matcher(clause);
        if (!none.find() || NOT_ABOUT_COUNT.in(clause)) return List.of();
        String object = clause.substring(none.end());
        List<CountStatement> found = new ArrayList<>();
        boolean review = object.contains("复议");
        boolean litigation = object.contains("诉讼");
        if (review && sentence.contains("公开")) found.add(new CountStatement(CountSubject.REVIEWS, BigDecimal.ZERO, clause, paragraph));
        if (litigation && sentence.contains("公开")) found.add(new CountStatement(CountSubject.LITIGATION, BigDecimal.ZERO, clause, paragraph));
        if (!review && !litigation && object.contains("申请") && none.group(2).matches("收到|受理|接到|接收")) {
            found.add(new CountStatement(CountSubject.APPLICATIONS_RECEIVED, BigDecimal.ZERO, clause, paragraph));
        }
        return found;
    }
}
