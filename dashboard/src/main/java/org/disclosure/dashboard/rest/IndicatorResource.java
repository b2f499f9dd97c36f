package org.disclosure.dashboard.rest;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.api.Roles;
import org.disclosure.dashboard.client.IndicatorRow;
import org.disclosure.dashboard.client.RankingRow;
import org.disclosure.dashboard.client.StatsApi;
import org.disclosure.dashboard.client.Trend;
import org.disclosure.dashboard.view.Charts;
import org.disclosure.dashboard.view.IndicatorDefinition;
import org.disclosure.dashboard.view.IndicatorPage;
import org.disclosure.dashboard.view.Option;
import org.disclosure.dashboard.view.PageUser;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** 指标 / 排名 / 趋势 by province, city, county or agency and year. */
@Path("/indicators")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.TEXT_HTML)
public class IndicatorResource {

    private static final Map<String, String> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put("province", "省");
        LEVELS.put("city", "市");
        LEVELS.put("county", "县");
        LEVELS.put("agency", "机关");
    }

    private final StatsApi stats;
    private final CurrentUser currentUser;

    public IndicatorResource(@RestClient StatsApi stats, CurrentUser currentUser) {
        this.stats = stats;
        this.currentUser = currentUser;
    }

    @GET
    public Uni<TemplateInstance> indicators(@RestQuery String region, @RestQuery String level,
            @RestQuery Integer year, @RestQuery String indicator) {
        PageUser user = currentUser.get();
        String chosenRegion = Forms.blankToNull(region) == null ? user.defaultRegion() : region.trim();
        String chosenLevel = level != null && LEVELS.containsKey(level) ? level : "county";
        String chosenIndicator = Forms.blankToNull(indicator) == null ? "substantive_disclosure_rate" : indicator;
        IndicatorDefinition definition = IndicatorDefinition.of(chosenIndicator);
        return Uni.combine().all().unis(
                        stats.indicators(chosenLevel, year, chosenRegion),
                        stats.ranking(chosenIndicator, chosenLevel, year, chosenRegion),
                        stats.trend(chosenIndicator, chosenRegion))
                .asTuple().map(all -> {
                    List<IndicatorPage.Row> rows = all.getItem1().stream().map(IndicatorResource::row).toList();
                    List<RankingRow> ranked = all.getItem2().stream().filter(r -> r.value() != null).limit(30).toList();
                    String ranking = Charts.bars(ranked.stream().map(IndicatorResource::name).toList(),
                            ranked.stream().map(r -> display(definition, r.value())).toList(),
                            definition.rate() ? "%" : "件");
                    Trend trend = all.getItem3();
                    String trendChart = Charts.line(trend.points().stream().map(p -> p.year().toString()).toList(),
                            trend.points().stream().map(p -> display(definition, p.value())).toList(),
                            definition.label());
                    List<IndicatorPage.TrendRow> trendRows = trend.points().stream()
                            .map(p -> new IndicatorPage.TrendRow(p.year(), p.reports(), definition.format(p.value()),
                                    definition.formatChange(p.change())))
                            .toList();
                    Map<String, String> query = new LinkedHashMap<>();
                    query.put("level", chosenLevel);
                    Forms.put(query, "year", year);
                    Forms.put(query, "region", chosenRegion);
                    return Pages.indicators(user, new IndicatorPage(chosenRegion == null ? "" : chosenRegion,
                            chosenLevel, year == null ? "" : year.toString(), chosenIndicator,
                            Forms.regionOptions(user, chosenRegion), levelOptions(chosenLevel),
                            IndicatorDefinition.ALL.stream().map(d -> new Option(d.name(), d.label(),
                                    d.name().equals(chosenIndicator))).toList(),
                            IndicatorDefinition.ALL, rows, ranking, trendChart, trendRows,
                            ReportResource.queryString(query)));
                });
    }

    private static IndicatorPage.Row row(IndicatorRow row) {
        String name = row.agency() != null ? row.agency() : row.regionName() == null ? row.regionCode()
                : row.regionName();
        return new IndicatorPage.Row(name, row.year(), row.reports(), IndicatorDefinition.ALL.stream()
                .map(d -> d.format(row.indicators() == null ? null : row.indicators().get(d.name()))).toList());
    }

    private static String name(RankingRow row) {
        String place = row.regionName() == null ? row.regionCode() : row.regionName();
        return (row.agency() != null ? row.agency() : place) + (row.year() == null ? "" : " " + row.year());
    }

    /** The number a chart plots: a rate in percent, a count as it is; null stays a gap. */
    private static BigDecimal display(IndicatorDefinition definition, BigDecimal value) {
        if (value == null) return null;
        return definition.rate() ? value.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) : value;
    }

    private static List<Option> levelOptions(String selected) {
        return LEVELS.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(selected)))
                .toList();
    }
}
