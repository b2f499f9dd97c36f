package org.disclosure.dashboard.view;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Region codes as people read them, from the GB/T 2260 tables bundled in the contracts module, and the
 * aggregation level a code stands for.
 */
public final class Regions {

    private static final String TABLES = "/org/disclosure/contracts/gb2260/";
    private static final Map<String, String> PROVINCES = read("province.csv");
    private static final Map<String, String> NAMES = names();

    private Regions() {
    }

    /** "230000 黑龙江省" when the name is known, the code otherwise, "全部地区" for none. */
    public static String name(String code) {
        if (code == null || code.isBlank()) return "全部地区";
        String name = NAMES.get(code);
        return name == null ? code : code + " " + name;
    }

    /** Every province, by code. */
    public static Map<String, String> provinces() {
        return PROVINCES;
    }

    /** province for XX0000, city for XXXX00, county otherwise. */
    public static String level(String code) {
        if (code == null || code.endsWith("0000")) return "province";
        return code.endsWith("00") ? "city" : "county";
    }

    /** The next finer level, for tables of the areas inside a region. */
    public static String finer(String level) {
        return switch (level) {
            case "province" -> "city";
            case "city" -> "county";
            default -> "agency";
        };
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>(PROVINCES);
        names.putAll(read("city.csv"));
        names.putAll(read("area.csv"));
        return Map.copyOf(names);
    }

    private static Map<String, String> read(String file) {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream(TABLES + file)) {
            if (in == null) throw new IllegalStateException("GB/T 2260 table " + file + " is not on the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>(reader.lines().toList());
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", 3);
                if (fields.length >= 2) names.put(fields[0], fields[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
