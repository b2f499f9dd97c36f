package org.disclosure.stats.mapping;

import java.io.IOException;
import java.util.List;

/**
 * A spreadsheet written as its rows arrive, a page at a time, so that an export of any length holds only a page
 * (and, for a workbook, POI's window of rows) in memory. Values are String, Number, or null for an empty cell.
 */
public interface TableWriter extends AutoCloseable {

    /** The title row; called once, first. */
    void columns(String sheetName, List<String> titles) throws IOException;

    void rows(List<? extends List<?>> rows) throws IOException;

    /** Completes the file on its output; the output stays open (it belongs to the caller). */
    void finish() throws IOException;

    /** Releases what the writer holds (a workbook's temporary files), finished or not. */
    @Override
    void close();
}
