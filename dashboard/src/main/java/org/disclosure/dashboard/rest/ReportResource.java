package org.disclosure.dashboard.rest;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.disclosure.contracts.api.Roles;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.dashboard.client.CorrectionRequest;
import org.disclosure.dashboard.client.ReportSummary;
import org.disclosure.dashboard.client.StatsApi;
import org.disclosure.dashboard.view.Option;
import org.disclosure.dashboard.view.PageUser;
import org.disclosure.dashboard.view.ReportListPage;
import org.disclosure.dashboard.view.ReportPages;
import org.disclosure.dashboard.view.ReportSorting;
import org.disclosure.dashboard.view.RuleNames;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** 报告 (the list) and 报告详情 (one report). */
@Path("/reports")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    private static final int PAGE_SIZE = 20;

    private final StatsApi stats;
    private final CurrentUser currentUser;
    private final ReportPages reportPages = new ReportPages(CellCatalog.standard());

    public ReportResource(@RestClient StatsApi stats, CurrentUser currentUser) {
        this.stats = stats;
        this.currentUser = currentUser;
    }

    @GET
    public Uni<TemplateInstance> list(@RestQuery String region, @RestQuery String year, @RestQuery String agency,
            @RestQuery String hasErrors, @RestQuery String rule, @RestQuery String sort,
            @RestQuery @DefaultValue("0") int page) {
        PageUser user = currentUser.get();
        Map<String, String> filters = new LinkedHashMap<>();
        Forms.put(filters, "region", region);
        Forms.put(filters, "year", year);
        Forms.put(filters, "agency", agency);
        Forms.put(filters, "hasErrors", hasErrors);
        Forms.put(filters, "rule", rule);
        Map<String, String> query = new LinkedHashMap<>(filters);
        Forms.put(query, "sort", ReportSorting.isNative(sort) ? null : sort);
        int shown = Math.max(0, page);
        Map<String, String> request = new LinkedHashMap<>(filters);
        boolean sortHere = !ReportSorting.isNative(sort);
        request.put("page", sortHere ? "0" : Integer.toString(shown));
        request.put("size", Integer.toString(sortHere ? ReportSorting.WINDOW : PAGE_SIZE));
        return stats.reports(request).map(result -> {
            List<ReportSummary> items = result.items();
            String note = "";
            if (sortHere) {
                List<ReportSummary> sorted = ReportSorting.sort(items, sort);
                items = sorted.subList(Math.min(sorted.size(), shown * PAGE_SIZE),
                        Math.min(sorted.size(), (shown + 1) * PAGE_SIZE));
                if (result.total() > ReportSorting.WINDOW) {
                    note = "共 " + result.total() + " 份，按所选顺序排列的是前 " + ReportSorting.WINDOW
                            + " 份（按年度排列可查看全部）";
                }
            }
            long total = sortHere ? Math.min(result.total(), ReportSorting.WINDOW) : result.total();
            int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
            return Pages.reports(user, new ReportListPage(nullToEmpty(region), nullToEmpty(year),
                    nullToEmpty(agency), nullToEmpty(hasErrors), nullToEmpty(rule),
                    ReportSorting.isNative(sort) ? ReportSorting.DEFAULT : sort,
                    Forms.regionOptions(user, Forms.blankToNull(region)), errorOptions(hasErrors),
                    ruleOptions(rule), ReportSorting.options(sort), items, result.total(), shown, pages,
                    queryString(query), note));
        });
    }

    @GET
    @Path("/{id}")
    public Uni<TemplateInstance> detail(@RestPath String id, @RestQuery String corrected) {
        return page(id, null, parseId(corrected));
    }

    /**
     * A correction of one cell (the form on 报告详情). stats-service decides whether this user may correct this
     * report and whether the values hold; accepted, the browser goes back to the page (303), which shows the
     * correction until it is validated; refused, the page is shown again with stats-service's sentence.
     */
    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> correct(@RestPath String id, @RestForm String cell, @RestForm String oldValue,
            @RestForm String newValue, @RestForm String reason) {
        BigDecimal newNumber;
        BigDecimal oldNumber;
        try {
            newNumber = Forms.number(newValue);
            oldNumber = Forms.number(oldValue);
        } catch (NumberFormatException e) {
            return page(id, "请输入数字 / enter a number", null).map(page -> Response.status(400).entity(page).build());
        }
        return stats.correct(id, new CorrectionRequest(cell, oldNumber, newNumber, reason))
                // JAX-RS resolves the path against the application's root (/dashboard): written with it, it doubled
                .map(made -> Response.seeOther(URI.create("/reports/" + id + "?corrected=" + made.id()
                        + "#corrections")).build())
                .onFailure(ReportResource::refusal).recoverWithUni(failure -> {
                    Response answer = ((WebApplicationException) failure).getResponse();
                    return page(id, StatsErrors.sentence(answer), null)
                            .map(page -> Response.status(answer.getStatus()).entity(page).build());
                });
    }

    private Uni<TemplateInstance> page(String id, String error, UUID submitted) {
        PageUser user = currentUser.get();
        return Uni.combine().all().unis(stats.report(id), stats.history(id), stats.corrections(id)).asTuple()
                .map(all -> Pages.report(user, reportPages.page(all.getItem1(), all.getItem2(), all.getItem3(),
                        error, submitted)));
    }

    /** stats-service refused the correction as asked (400) or as stale (409): the user can do something about it. */
    private static boolean refusal(Throwable failure) {
        return failure instanceof WebApplicationException error && error.getResponse() != null
                && (error.getResponse().getStatus() == 400 || error.getResponse().getStatus() == 409);
    }

    private static UUID parseId(String id) {
        if (id == null || id.isBlank()) return null;
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String queryString(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static List<Option> errorOptions(String selected) {
        String value = nullToEmpty(selected);
        return List.of(new Option("", "全部", value.isEmpty()), new Option("true", "有错误", value.equals("true")),
                new Option("false", "无错误", value.equals("false")));
    }

    private static List<Option> ruleOptions(String selected) {
        String value = nullToEmpty(selected);
        List<Option> options = new java.util.ArrayList<>();
        options.add(new Option("", "全部规则", value.isEmpty()));
        RuleNames.ids().forEach(rule -> options.add(new Option(rule, rule + " " + RuleNames.of(rule),
                rule.equals(value))));
        return options;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

}
