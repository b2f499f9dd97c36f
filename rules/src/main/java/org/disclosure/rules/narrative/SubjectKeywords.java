package org.disclosure.rules.narrative;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The nouns a count can be about. A count belongs to the noun right after its unit ("4 份规范性文件"), else to
 * the nearest noun before it in the same clause; only the relevant nouns lead to a comparison, the others are
 * listed so that "申请…领导信箱 97 件" is read as mailbox messages, not applications.
 */
final class SubjectKeywords {

    enum Topic {
        APPLICATION, GRANTED, PARTIAL, DENIED, HANDLED, CARRIED, REVIEW, LITIGATION, NORMATIVE_DOCS, REGULATIONS,
        LICENSING, PUNISHMENT, ENFORCEMENT, UNRELATED
    }

    record Keyword(String text, Topic topic) {
    }

    /** Longer keywords first, so that a keyword ending at the same place as a shorter one wins (规范性文件 over 文件). */
    static final List<Keyword> ALL = List.of(
            new Keyword("规范性文件", Topic.NORMATIVE_DOCS),
            new Keyword("规章制度", Topic.UNRELATED),
            new Keyword("规章", Topic.REGULATIONS),
            new Keyword("行政许可", Topic.LICENSING),
            new Keyword("行政处罚", Topic.PUNISHMENT),
            new Keyword("行政强制", Topic.ENFORCEMENT),
            // a 复议 or 诉讼 applied for is a case, not a disclosure request; 依申请公开事项 is one
            new Keyword("复议申请", Topic.REVIEW),
            new Keyword("诉讼申请", Topic.LITIGATION),
            new Keyword("申请事项", Topic.APPLICATION),
            new Keyword("公开事项", Topic.APPLICATION),
            new Keyword("行政复议", Topic.REVIEW),
            new Keyword("行政诉讼", Topic.LITIGATION),
            new Keyword("予以公开", Topic.GRANTED),
            new Keyword("部分公开", Topic.PARTIAL),
            new Keyword("不予公开", Topic.DENIED),
            new Keyword("复议", Topic.REVIEW),
            new Keyword("诉讼", Topic.LITIGATION),
            new Keyword("申请", Topic.APPLICATION),
            new Keyword("办结", Topic.HANDLED),
            new Keyword("结转", Topic.CARRIED),
            new Keyword("政民互动", Topic.UNRELATED),
            new Keyword("新媒体", Topic.UNRELATED),
            new Keyword("公众号", Topic.UNRELATED),
            new Keyword("工作日", Topic.UNRELATED),
            new Keyword("信箱", Topic.UNRELATED),
            new Keyword("留言", Topic.UNRELATED),
            new Keyword("来信", Topic.UNRELATED),
            new Keyword("来电", Topic.UNRELATED),
            new Keyword("热线", Topic.UNRELATED),
            new Keyword("投诉", Topic.UNRELATED),
            new Keyword("举报", Topic.UNRELATED),
            new Keyword("咨询", Topic.UNRELATED),
            new Keyword("建议", Topic.UNRELATED),
            new Keyword("提案", Topic.UNRELATED),
            new Keyword("诉求", Topic.UNRELATED),
            new Keyword("解读", Topic.UNRELATED),
            new Keyword("事项", Topic.UNRELATED),
            new Keyword("网站", Topic.UNRELATED),
            new Keyword("微博", Topic.UNRELATED),
            new Keyword("账号", Topic.UNRELATED),
            new Keyword("栏目", Topic.UNRELATED),
            new Keyword("专栏", Topic.UNRELATED),
            new Keyword("领域", Topic.UNRELATED),
            new Keyword("会议", Topic.UNRELATED),
            new Keyword("培训", Topic.UNRELATED),
            new Keyword("项目", Topic.UNRELATED),
            new Keyword("信息", Topic.UNRELATED),
            new Keyword("文件", Topic.UNRELATED),
            new Keyword("问题", Topic.UNRELATED),
            new Keyword("单位", Topic.UNRELATED),
            new Keyword("部门", Topic.UNRELATED));

    /** The last characters of the keywords, each once; {@link #BY_LAST_CHAR} holds the keywords of each, in order. */
    private static final String LAST_CHARS = ALL.stream().map(keyword -> keyword.text().substring(keyword.text().length() - 1))
            .distinct().collect(Collectors.joining());
    /** The keywords ending with each character of {@link #LAST_CHARS}, in the order of {@link #ALL}. */
    private static final List<List<Keyword>> BY_LAST_CHAR = LAST_CHARS.chars()
            .mapToObj(last -> ALL.stream().filter(keyword -> keyword.text().charAt(keyword.text().length() - 1) == last).toList())
            .toList();

    private SubjectKeywords() {
    }

    /** The keyword that starts {@code text}, or null. */
    static Keyword startingAt(String text, int index) {
        for (Keyword keyword : ALL) {
            if (text.startsWith(keyword.text(), index)) return keyword;
        }
        return null;
    }

    /**
     * The keyword whose occurrence ends closest before {@code end}, or null; of several ending at the same place, the
     * first of {@link #ALL}. Scans back from {@code end} and tries, at each place, only the keywords ending with the
     * character there, instead of searching the text once per keyword.
     */
    static Keyword nearestBefore(String text, int end) {
        for (int keywordEnd = Math.min(end, text.length()); keywordEnd > 0; keywordEnd--) {
            int last = LAST_CHARS.indexOf(text.charAt(keywordEnd - 1));
            if (last < 0) continue;
            for (Keyword keyword : BY_LAST_CHAR.get(last)) {
                int at = keywordEnd - keyword.text().length();
                if (at >= 0 && text.startsWith(keyword.text(), at)) return keyword;
            }
        }
        return null;
    }
}
