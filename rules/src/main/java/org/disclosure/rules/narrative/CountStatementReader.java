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
import org.disclosure.rules.support.TextNormalizer;

/**
 * Reads the counts a narrative states about things the tables also count. It is deliberately conservative:
 * a statement is only read when its subject noun and its verb are both in the same clause, the clause speaks
 * of the report's own year, and it is not a comparison or a running total — a missed statement costs a
 * finding, a misread one costs a supervisor's trust.
 */
final class CountStatementReader {

    /** A count with its unit; "余/多" after the unit or a digit before it ("1500余件", "2.5件") is not a count. */
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.第])(\\d+)(件|起|份|个)(?![余多])");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern NOT_THIS_YEARS_COUNT = Pattern.compile("同比|较上年|比上年|较去年|增长|增加|减少|下降|累计|历年|以来|平均|近\\d");
    private static final Pattern NONE_RECEIVED = Pattern.compile("(未|没有)(收到|受理|接到|接收|发生|出现)");
    /** "未收到申请超出一定数量或者频次范围的…申请" is about fees, not about receiving no request. */
    private static final Pattern NOT_ABOUT_COUNT = Pattern.compile("超出|频次|数量|收费|费用|处理费|范围");

    private static final Pattern RECEIVED = Pattern.compile("收到|受理|新收|接收|接到|收悉");
    private static final Pattern HANDLED = Pattern.compile("办结|办理完毕|答复完毕");
    private static final Pattern CARRIED_OVER = Pattern.compile("上一?年度?结转");
    private static final Pattern ISSUED = Pattern.compile("制发|出台|印发|制定|发布|公布");
    private static final Pattern REPEALED = Pattern.compile("废止");
    private static final Pattern IN_FORCE = Pattern.compile("现行有效");
    /** Other kinds of applications an agency receives and settles (licences, services, petitions), not disclosure requests. */
    private static final Pattern OTHER_APPLICATIONS = Pattern.compile("许可|审批|政务服务|办事|服务事项|信访|补贴|救助|登记|备案|行政复议申请");
    /** Work on existing documents, whose counts the tables do not hold. */
    private static final Pattern DOCUMENT_REVIEW = Pattern.compile("清理|审查|审核|备案|梳理|修订|修改|解读|评估");

    private final Integer reportYear;

    CountStatementReader(Integer reportYear) {
        this.reportYear = reportYear;
    }

    List<CountStatement> read(List<Paragraph> paragraphs) {
        Map<String, CountStatement> statements = new LinkedHashMap<>();
        for (Paragraph paragraph : paragraphs) {
            for (String sentence : TextNormalizer.sentences(TextNormalizer.normalize(paragraph.text()))) {
                if (aboutAnotherYear(sentence)) continue;
                for (String clause : TextNormalizer.clauses(sentence)) {
                    if (NOT_THIS_YEARS_COUNT.matcher(clause).find()) continue;
                    for (CountStatement statement : readClause(clause, sentence, paragraph)) {
                        // The same claim made twice is one thing to check.
                        statements.putIfAbsent(statement.subject() + "=" + statement.value(), statement);
                    }
                }
            }
        }
        return new ArrayList<>(statements.values());
    }

    private boolean aboutAnotherYear(String sentence) {
        if (reportYear == null) return false;
        Matcher year = YEAR.matcher(sentence);
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) != reportYear) return true;
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
            CountSubject meaning = meaning(subject.topic(), clause.substring(0, count.start()), count.group(2), sentence);
            if (meaning != null) found.add(new CountStatement(meaning, new BigDecimal(count.group(1)), clause, paragraph));
        }
        found.addAll(readNoneStatement(clause, sentence, paragraph));
        return found;
    }

    /** What a count about {@code topic} means, judged by the verbs before it; null when it cannot be told. */
    private static CountSubject meaning(Topic topic, String before, String unit, String sentence) {
        boolean aboutRequests = sentence.contains("申请") && !OTHER_APPLICATIONS.matcher(sentence).find();
        boolean aboutDisclosureCases = sentence.contains("公开") && (unit.equals("件") || unit.equals("起"));
        return switch (topic) {
            case APPLICATION -> disclosureRequest(before, sentence) ? applicationMeaning(before) : null;
            case GRANTED -> aboutRequests ? CountSubject.GRANTED : null;
            case PARTIAL -> aboutRequests ? CountSubject.PARTIALLY_GRANTED : null;
            case DENIED -> aboutRequests ? CountSubject.DENIED : null;
            case HANDLED -> aboutRequests ? CountSubject.APPLICATIONS_HANDLED : null;
            case CARRIED -> aboutRequests ? carriedMeaning(before) : null;
            case REVIEW -> aboutDisclosureCases ? CountSubject.REVIEWS : null;
            case LITIGATION -> aboutDisclosureCases ? CountSubject.LITIGATION : null;
            case NORMATIVE_DOCS -> normativeDocsMeaning(before);
            case UNRELATED -> null;
        };
    }

    /**
     * "受理行政许可申请 4568 件" is not about disclosure requests: the clause must say 公开 itself, or the sentence
     * must be about disclosure and the clause name no other kind of application.
     */
    private static boolean disclosureRequest(String before, String sentence) {
        if (before.contains("公开")) return true;
        return sentence.contains("公开") && !OTHER_APPLICATIONS.matcher(before).find();
    }

    private static CountSubject applicationMeaning(String before) {
        if (CARRIED_OVER.matcher(before).find()) return CountSubject.APPLICATIONS_CARRIED_OVER;
        if (before.contains("结转")) return CountSubject.APPLICATIONS_CARRIED_FORWARD;
        if (HANDLED.matcher(before).find()) return CountSubject.APPLICATIONS_HANDLED;
        if (RECEIVED.matcher(before).find()) return CountSubject.APPLICATIONS_RECEIVED;
        return null;
    }

    private static CountSubject carriedMeaning(String before) {
        return CARRIED_OVER.matcher(before + "结转").find() ? CountSubject.APPLICATIONS_CARRIED_OVER
                : CountSubject.APPLICATIONS_CARRIED_FORWARD;
    }

    private static CountSubject normativeDocsMeaning(String before) {
        if (DOCUMENT_REVIEW.matcher(before).find()) return null;
        if (REPEALED.matcher(before).find()) return CountSubject.NORMATIVE_DOCS_REPEALED;
        if (IN_FORCE.matcher(before).find()) return CountSubject.NORMATIVE_DOCS_IN_FORCE;
        if (ISSUED.matcher(before).find()) return CountSubject.NORMATIVE_DOCS_ISSUED;
        return null;
    }

    /** "未收到…申请" states 0 applications; "未发生…行政复议、行政诉讼案件" states 0 cases of each. */
    private static List<CountStatement> readNoneStatement(String clause, String sentence, Paragraph paragraph) {
        Matcher none = NONE_RECEIVED.matcher(clause);
        if (!none.find() || NOT_ABOUT_COUNT.matcher(clause).find()) return List.of();
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
