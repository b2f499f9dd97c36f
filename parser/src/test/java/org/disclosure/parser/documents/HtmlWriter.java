package org.disclosure.parser.documents;

/**
 * Writes a {@link ReportSource} as a government portal page: a header with a site menu, a breadcrumb,
 * a sidebar of links, page metadata and the title above the article box, the article with tables using
 * rowspan and colspan, share buttons, a footer and scripts — everything a real page wraps a report in.
 */
public final class HtmlWriter {

    private HtmlWriter() {
    }

    public static String write(ReportSource source) {
        StringBuilder html = new StringBuilder();
        html.append("""
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <title>2024年度政府信息公开工作年度报告_年度报告_政府信息公开_杭州市西湖区人民政府</title>
                <script>var _hmt = _hmt || []; window.siteConfig = {"column": "政府信息公开年度报告"};</script>
                <style>.nav li { float: left; } td { border: 1px solid #000; }</style>
                </head>
                <body>
                <div class="header"><div class="top-bar">无障碍 | 长者模式 | 登录 | 注册</div>
                <ul class="nav-menu"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
                <li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li>
                <li><a href="/gknb">政府信息公开年度报告</a></li></ul></div>
                <div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年度报告</div>
                <div class="container">
                <div class="sidebar"><h3>政府信息公开</h3><ul><li>政府信息公开指南</li><li>政府信息公开制度</li>
                <li>法定主动公开内容</li><li>政府信息公开年度报告</li><li>主动公开政府信息情况</li></ul></div>
                <div class="main-content">
                <table class="meta-info"><tr><td>索引号：</td><td>002502234/2025-00012</td><td>发布机构：</td><td>西湖区人民政府办公室</td></tr>
                <tr><td>发文日期：</td><td>2025-01-20</td><td>公开方式：</td><td>主动公开</td></tr></table>
                """);
        boolean titleWritten = false;
        boolean articleOpen = false;
        for (ReportSource.Block block : source.blocks()) {
            if (block instanceof ReportSource.Paragraph p) {
                if (!titleWritten && p.text().contains("年度报告")) {
                    html.append("<h1 class=\"article-title\">").append(escape(p.text())).append("</h1>\n");
                    html.append("<div class=\"article-info\">来源：西湖区人民政府办公室 浏览次数：<span id=\"hits\">1024</span></div>\n");
                    html.append("<div class=\"article-content\" id=\"zoom\">\n");
                    titleWritten = true;
                    articleOpen = true;
                } else if (!articleOpen) {
                    html.append("<p style=\"text-align:center\"><strong>").append(escape(p.text())).append("</strong></p>\n");
                } else if (p.text().matches("[一二三四五六]、.*")) {
                    html.append("<p><strong><span style=\"font-family:黑体\">").append(escape(p.text())).append("</span></strong></p>\n");
                } else {
                    html.append("<p style=\"text-indent:2em\"><span>").append(escape(p.text())).append("</span></p>\n");
                }
            } else if (block instanceof ReportSource.Table t) {
                writeTable(html, t);
            }
        }
        html.append("""
                </div>
                <div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> 【打印本页】【关闭窗口】</div>
                </div>
                </div>
                <div class="footer"><p>主办单位：杭州市西湖区人民政府办公室 承办单位：西湖区数据资源局</p>
                <p>网站标识码：3301060001 浙ICP备12345678号 浙公网安备 33010602000001号</p></div>
                <script>document.getElementById("hits").innerText = "1025";</script>
                </body>
                </html>
                """);
        return html.toString();
    }

    private static void writeTable(StringBuilder html, ReportSource.Table t) {
        html.append("<div class=\"table-wrap\"><table border=\"1\" cellspacing=\"0\" width=\"100%\"><tbody>\n");
        for (int r = 0; r < t.rows(); r++) {
            html.append("<tr>");
            for (int c = 0; c < t.columns(); c++) {
                if (!t.isOrigin(r, c)) continue;
                int rows = t.rowSpan(r, c);
                int columns = t.columnSpan(r, c);
                html.append("<td");
                if (rows > 1) html.append(" rowspan=\"").append(rows).append('"');
                if (columns > 1) html.append(" colspan=\"").append(columns).append('"');
                String text = escape(t.slot(r, c));
                // long labels are wrapped by hand with a line break, as editors do in narrow columns
                if (text.length() > 16) text = text.substring(0, text.length() / 2) + "<br>" + text.substring(text.length() / 2);
                html.append("><p style=\"text-align:center\"><span>").append(text).append("</span></p></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
