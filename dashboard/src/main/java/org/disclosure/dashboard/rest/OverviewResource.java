package org.disclosure.dashboard.rest;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.api.Roles;
import org.disclosure.dashboard.client.ReportPage;
import org.disclosure.dashboard.client.ReportSummary;
import org.disclosure.dashboard.client.RuleCount;
import org.disclosure.dashboard.client.StatsApi;
import org.disclosure.dashboard.client.Trend;
import org.disclosure.dashboard.view.Charts;
import org.disclosure.dashboard.view.IndicatorDefinition;
import org.disclosure.dashboard.view.OverviewPage;
import org.disclosure.dashboard.view.PageUser;
import org.disclosure.dashboard.view.RuleNames;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** 总览: what came in, what is missing, what is wrong, for one region and year. */
@Path("/")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.TEXT_HTML)
public class OverviewResource {

    /** The indicators shown as headline figures, in this order. */
    static final List<String> HEADLINES = List.of("applications_received", "substantive_disclosure_rate",
            "denial_rate", "dispute_rate");
    private static final int MOST_ERRORS = 10;

    private final StatsApi stats;
    private final CurrentUser currentUser;

    public OverviewResource(@RestClient StatsApi stats, CurrentUser currentUser) {
        this.stats = stats;
        this.currentUser = currentUser;
    }

    @GET
    public Uni<TemplateInstance> overview(@RestQuery String region, @RestQuery Integer year) {
        PageUser user = currentUser.get();
        String chosen = Forms.blankToNull(region) == null ? user.defaultRegion() : region.trim();
        Uni<List<Trend>> trends = Uni.join().all(HEADLINES.stream().map(name -> stats.trend(name, chosen)).toList())
                .andFailFast();
        return trends.flatMap(headlineTrends -> {
            List<Integer> years = years(headlineTrends);
            Integer shown = year != null ? year : busiestYear(headlineTrends);
            if (shown == null) {
                return Uni.createFrom().item(Pages.overview(user, page(chosen, null, years, user, null,
                        headlineTrends, List.of(), null, List.of())));
            }
            Map<String, String> errorFilter = new LinkedHashMap<>();
            Forms.put(errorFilter, "region", chosen);
            errorFilter.put("year", shown.toString());
            errorFilter.put("hasErrors", "true");
            errorFilter.put("size", "500");
            return Uni.combine().all().unis(
                            chosen == null ? Uni.createFrom().nullItem() : stats.coverage(chosen, shown),
                            stats.findingsByRule(chosen, shown),
                            stats.compliance(chosen, shown),
                            stats.reports(errorFilter))
                    .asTuple()
                    .map(all -> Pages.overview(user, page(chosen, shown, years, user, all.getItem1(), headlineTrends,
                            all.getItem2(), all.getItem3(), mostErrors(all.getItem4()))));
        });
    }

    private static OverviewPage page(String region, Integer year, List<Integer> years, PageUser user,
            org.disclosure.dashboard.client.Coverage coverage, List<Trend> trends, List<RuleCount> rules,
            org.disclosure.dashboard.client.Compliance compliance, List<ReportSummary> mostErrors) {
        List<OverviewPage.Headline> headlines = new ArrayList<>();
        for (int i = 0; i < HEADLINES.size(); i++) {
            IndicatorDefinition definition = IndicatorDefinition.of(HEADLINES.get(i));
            Trend.Point point = trends.get(i).points().stream().filter(p -> p.year().equals(year)).findFirst()
                    .orElse(null);
            headlines.add(new OverviewPage.Headline(definition.label(), definition.definition(),
                    point == null ? "—" : definition.format(point.value()),
                    point == null ? "" : definition.formatChange(point.change()),
                    point == null || point.change() == null ? "" : point.change().signum() > 0 ? "up"
                            : point.change().signum() < 0 ? "down" : ""));
        }
        List<OverviewPage.RuleRow> ruleRows = rules.stream()
                .sorted(Comparator.comparingLong(RuleCount::reports).reversed())
                .map(count -> new OverviewPage.RuleRow(count.rule(), RuleNames.of(count.rule()),
                        org.disclosure.dashboard.view.Severities.label(count.severity()), count.reports(),
                        count.findings()))
                .toList();
        String chart = Charts.bars(ruleRows.stream().map(row -> row.rule() + " " + row.name()).toList(),
                ruleRows.stream().map(OverviewPage.RuleRow::reports).toList(), "报告数");
        return new OverviewPage(region, org.disclosure.dashboard.view.Regions.name(region), year, years,
                Forms.regionOptions(user, region), coverage, headlines, ruleRows, chart, compliance, mostErrors);
    }

    private static List<Integer> years(List<Trend> trends) {
        return trends.stream().flatMap(trend -> trend.points().stream())
                .filter(point -> point.reports() > 0).map(Trend.Point::year).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * The year a page opens on: the one with the most reports (the latest among equals), so that a year whose
     * reports are only starting to come in does not hide the one being checked.
     */
    private static Integer busiestYear(List<Trend> trends) {
        return trends.get(0).points().stream().filter(point -> point.reports() > 0)
                .max(Comparator.comparingInt(Trend.Point::reports).thenComparing(Trend.Point::year))
                .map(Trend.Point::year).orElse(null);
    }

    private static List<ReportSummary> mostErrors(ReportPage page) {
        return page.items().stream()
                .sorted(Comparator.comparingInt(ReportSummary::errors).reversed()
                        .thenComparing(ReportSummary::agency))
                .limit(MOST_ERRORS).toList();
    }

}
