package org.disclosure.contracts.report;

import java.util.List;

/** The ids of the six sections of an annual report, in their prescribed order. */
public final class Sections {
    public static final String OVERVIEW = "overview";
    public static final String ACTIVE = "active";
    public static final String REQUESTS = "requests";
    public static final String APPEALS = "appeals";
    public static final String PROBLEMS = "problems";
    public static final String OTHER = "other";

    public static final List<String> ALL = List.of(OVERVIEW, ACTIVE, REQUESTS, APPEALS, PROBLEMS, OTHER);

    private Sections() {
    }
}
