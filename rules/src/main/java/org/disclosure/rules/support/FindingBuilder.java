package org.disclosure.rules.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.rules.Rule;

/** Assembles a {@link Finding} so that every rule attaches cells, values and source locations the same way. */
public final class FindingBuilder {

    /** Prefix of cell keys that refer to the previous year's report (Y01, Y02), so they do not clash with this year's. */
    public static final String PREVIOUS_YEAR_PREFIX = "previous:";

    private final Rule rule;
    private final FindingStatus status;
    private final Set<String> cells = new LinkedHashSet<>();
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final Set<SourceLocation> locations = new LinkedHashSet<>();
    private BigDecimal expected;
    private String messageZh;
    private String messageEn;

    private FindingBuilder(Rule rule, FindingStatus status) {
        this.rule = rule;
        this.status = status;
    }

    public static FindingBuilder violated(Rule rule) {
        return new FindingBuilder(rule, FindingStatus.VIOLATED);
    }

    public static FindingBuilder notAssessable(Rule rule) {
        return new FindingBuilder(rule, FindingStatus.NOT_ASSESSABLE);
    }

    /** Adds cells of the report under validation, with their values (when found) and source locations. */
    public FindingBuilder cells(ParsedReport report, Collection<String> keys) {
        for (String key : keys) cell(report, key, key);
        return this;
    }

    public FindingBuilder cell(ParsedReport report, String key) {
        return cell(report, key, key);
    }

    /** Adds a cell of another report (the previous year's) under a distinct name. */
    public FindingBuilder cell(ParsedReport report, String key, String shownAs) {
        cells.add(shownAs);
        if (report.cells().containsKey(key)) values.put(shownAs, report.value(key));
        if (report.sources() != null) {
            CellSource source = report.sources().get(key);
            if (source != null && source.location() != null) locations.add(source.location());
        }
        return this;
    }

    public FindingBuilder keys(Collection<String> keys) {
        cells.addAll(keys);
        return this;
    }

    public FindingBuilder expected(BigDecimal value) {
        this.expected = value;
        return this;
    }

    public FindingBuilder location(SourceLocation location) {
        if (location != null) locations.add(location);
        return this;
    }

    public FindingBuilder message(String zh, String en) {
        this.messageZh = zh;
        this.messageEn = en;
        return this;
    }

    public Finding build() {
        if (messageZh == null || messageEn == null) throw new IllegalStateException("a finding needs both messages");
        return new Finding(rule.id(), rule.severity(), status, List.copyOf(cells),
                Collections.unmodifiableMap(new LinkedHashMap<>(values)), expected,
                List.copyOf(new ArrayList<>(locations)), messageZh, messageEn);
    }
}
