package org.disclosure.parser.internal.report;

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
import java.util.function.BiConsumer;

/**
 * The GB/T 2260 tables (provinces, prefecture-level cities, county-level divisions) bundled with the
 * parser. Loaded once; immutable and shared by all parses.
 */
public final class AdministrativeDivisions {

    private static final String RESOURCES = "/org/disclosure/contracts/gb2260/";

    /** One division: its 6-digit code, its official name and the name without its level word. */
    record Division(String code, String name, String shortName) {
        String provinceCode() {
            return code.substring(0, 2) + "0000";
        }

        String cityCode() {
            return code.substring(0, 4) + "00";
        }
    }

    private final List<Division> provinces;
    private final List<Division> cities;
    private final List<Division> counties;
    private final Map<String, Division> byCode = new HashMap<>();

    private AdministrativeDivisions(List<Division> provinces, List<Division> cities, List<Division> counties) {
        this.provinces = provinces;
        this.cities = cities;
        this.counties = counties;
        for (List<Division> level : List.of(provinces, cities, counties)) {
            for (Division division : level) byCode.put(division.code(), division);
        }
    }

    public static AdministrativeDivisions load() {
        return new AdministrativeDivisions(read("province.csv"), read("city.csv"), read("area.csv"));
    }

    List<Division> provinces() {
        return provinces;
    }

    List<Division> cities() {
        return cities;
    }

    List<Division> counties() {
        return counties;
    }

    Division byCode(String code) {
        return byCode.get(code);
    }

    private static List<Division> read(String file) {
        List<Division> divisions = new ArrayList<>();
        forEachRow(file, (code, name) -> divisions.add(new Division(code, name, shortName(name))));
        return List.copyOf(divisions);
    }

    private static void forEachRow(String file, BiConsumer<String, String> row) {
        try (InputStream in = AdministrativeDivisions.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split(",");
                if (columns.length >= 2) row.accept(columns[0].trim(), columns[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name as people shorten it ("黑龙江省" → "黑龙江", "伊春市" → "伊春"); names that would shrink to
     * a single character are kept whole, since one character matches far too much.
     */
    private static String shortName(String name) {
        String[] levelWords = {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"};
        for (String word : levelWords) {
            if (name.endsWith(word) && name.length() - word.length() >= 2) {
                return name.substring(0, name.length() - word.length());
            }
        }
        return name;
    }
}
