package org.disclosure.stats.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.stats.repository.RegionScope;

/**
 * The GB/T 2260 division names and the county-level divisions, read from the tables the contracts module
 * bundles ({@value #TABLES}), the same the parser resolves regions with, so that both agree on the codes.
 */
@ApplicationScoped
public class RegionDirectory {

    private static final String TABLES = "/org/disclosure/contracts/gb2260/";

    /** A county-level division with the name of its prefecture, for lists a supervisor reads. */
    public record County(String code, String name, String cityName) {
    }

    private final Map<String, String> names = new HashMap<>();
    private final List<County> counties = new ArrayList<>();

    public RegionDirectory() {
        readNames("province.csv");
        readNames("city.csv");
        for (String[] row : read("area.csv")) {
            names.put(row[0], row[1]);
            counties.add(new County(row[0], row[1], name(row[0].substring(0, 4) + "00")));
        }
    }

    /**
     * The official name of a division; the four municipalities (北京, 上海 …) have no city row, so their city
     * code takes the municipality's name.
     */
    public String name(String code) {
        if (code == null) return null;
        String name = names.get(code);
        return name != null || code.length() != 6 ? name : names.get(code.substring(0, 2) + "0000");
    }

    public List<County> countiesIn(RegionScope area) {
        return counties.stream().filter(county -> area.covers(county.code())).toList();
    }

    private void readNames(String table) {
        for (String[] row : read(table)) names.put(row[0], row[1]);
    }

    private static List<String[]> read(String table) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = RegionDirectory.class.getResourceAsStream(TABLES + table)) {
            if (in == null) throw new IllegalStateException("division table " + TABLES + table + " is not on the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split(",");
                if (columns.length >= 2) rows.add(new String[] {columns[0].trim(), columns[1].trim()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
