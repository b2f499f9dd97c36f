package org.disclosure.dashboard.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.disclosure.dashboard.view.ComparisonPage;
import org.disclosure.dashboard.view.CorrectionLine;
import org.disclosure.dashboard.view.IndicatorPage;
import org.disclosure.dashboard.view.OverviewPage;
import org.disclosure.dashboard.view.PageUser;
import org.disclosure.dashboard.view.ReportListPage;
import org.disclosure.dashboard.view.ReportPage;

/** The pages (templates/*.html), checked against their data when the application is built. */
@CheckedTemplate(basePath = "")
public class Pages {

    public static native TemplateInstance overview(PageUser user, OverviewPage page);

    public static native TemplateInstance reports(PageUser user, ReportListPage page);

    public static native TemplateInstance report(PageUser user, ReportPage page);

    public static native TemplateInstance compare(PageUser user, ComparisonPage page);

    public static native TemplateInstance indicators(PageUser user, IndicatorPage page);

    /** {@code previous} and {@code next} are page numbers, -1 when there is none. */
    public static native TemplateInstance corrections(PageUser user, List<CorrectionLine> corrections, int previous,
            int next);

    public static native TemplateInstance error(PageUser user, int status, String message);

    public static native TemplateInstance signedOut();
}
