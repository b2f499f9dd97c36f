package org.disclosure.dashboard.view;

import java.util.List;

/** One of the report's three tables (二, 三, 四) laid out as on the official form: labelled rows and columns. */
public record FormTable(String title, List<String> columns, List<Row> rows) {

    public record Row(String label, List<FormCell> cells) {
    }
}
