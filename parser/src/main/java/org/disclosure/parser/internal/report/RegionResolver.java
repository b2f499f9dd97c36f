package org.disclosure.parser.internal.report;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.report.Region;
import org.disclosure.parser.internal.report.AdministrativeDivisions.Division;

/**
 * Finds the administrative area of an agency from its name. County names repeat across China
 * (朝阳区 in 北京 and 长春, 鼓楼区 in four cities), so a county is taken with the city or province the
 * name also mentions; a county named alone is taken when unique, or else by which of its candidate
 * cities the report itself talks about.
 */
public final class RegionResolver {

    private static final List<String> MUNICIPALITY_PREFIXES = List.of("11", "12", "31", "50");

    private final AdministrativeDivisions divisions;
    private final NameIndex provinceNames;
    private final NameIndex cityNames;
    private final NameIndex countyNames;

    public RegionResolver(AdministrativeDivisions divisions) {
        this.divisions = divisions;
        this.provinceNames = new NameIndex(divisions.provinces(), true);
        this.cityNames = new NameIndex(divisions.cities(), true);
        this.countyNames = new NameIndex(divisions.counties(), false);
    }

    /**
     * @param name    the agency name or the place the title names
     * @param context text of the report, used only to choose among counties of the same name
     * @return the region, or null when the name mentions no known division
     */
    public Region resolve(String name, String context) {
        Resolution resolution = resolveSpelling(name, context);
        return resolution == null ? null : resolution.region();
    }

    /**
     * A region found in a name, and the place name as printed and as corrected when the county was found
     * only by a one-character correction.
     *
     * @param printed   the county name as the document prints it, or null when it was read as printed
     * @param corrected the division's name it was read as, or null
     */
    public record Resolution(Region region, String printed, String corrected) {
    }

    /** As {@link #resolve}, telling also when a misspelt county name was corrected (see {@link #nearMiss}). */
    public Resolution resolveSpelling(String name, String context) {
        if (name == null || name.isEmpty()) return null;
        List<Division> provinces = provinceNames.mentionedIn(name);
        List<Division> cities = within(cityNames.mentionedIn(name), provinces);
        List<Division> counties = countyNames.mentionedIn(name);
        counties.removeIf(county -> isPartOfCityName(county, cities, name));
        List<Division> located = within(within(counties, cities), provinces);
        if (located.isEmpty()) located = counties;
        if (located.size() > 1) located = mostDiscussed(located, context);
        if (located.size() == 1) return new Resolution(county(located.getFirst()), null, null);
        if (located.isEmpty()) {
            Resolution corrected = nearMiss(name, cities.size() == 1 ? cities.getFirst() : null,
                    provinces.size() == 1 ? provinces.getFirst() : null);
            if (corrected != null) return corrected;
        }
        if (cities.size() == 1) return new Resolution(city(cities.getFirst()), null, null);
        if (provinces.size() == 1) return new Resolution(province(provinces.getFirst()), null, null);
        return null;
    }

    /**
     * A county name printed one character off — a look-alike from OCR or a conversion (西胡区 for 西湖区) — is
     * read as the division within one substituted character of it, among the counties of the city (or
     * province) the name also mentions, or of the whole country when it mentions none. The county word
     * at the end (区, 县, 市, 旗) must be printed right, the name be three characters or more, and the
     * printed text no real division's name. Only a unique candidate is taken: between two, nothing is
     * guessed. Runs only when no county was found, over one city's or one province's counties (or all
     * of them, about three thousand, once per report).
     */
    private Resolution nearMiss(String name, Division city, Division province) {
        String scope = city != null ? city.code().substring(0, 4) : province != null ? province.code().substring(0, 2) : "";
        Division found = null;
        String printed = null;
        for (Division county : divisions.counties()) {
            String correct = county.name();
            if (correct.length() < 3 || !county.code().startsWith(scope)) continue;
            char suffix = correct.charAt(correct.length() - 1);
            for (int end = name.indexOf(suffix, correct.length() - 1); end >= 0; end = name.indexOf(suffix, end + 1)) {
                int start = end - correct.length() + 1;
                if (start < 0) continue;
                String text = name.substring(start, end + 1);
                if (!oneSubstitutionApart(text, correct) || isDivisionName(text)) continue;
                if (found != null && found != county) return null;
                found = county;
                printed = text;
            }
        }
        return found == null ? null : new Resolution(county(found), printed, found.name());
    }

    private static boolean oneSubstitutionApart(String a, String b) {
        int differences = 0;
        for (int i = 0; i < a.length() && differences < 2; i++) {
            if (a.charAt(i) != b.charAt(i)) differences++;
        }
        return differences == 1;
    }

    private boolean isDivisionName(String text) {
        return !countyNames.mentionedIn(text).isEmpty() && countyNames.mentionedIn(text).getFirst().name().equals(text)
                || !cityNames.mentionedIn(text).isEmpty();
    }

    /** County-level cities share names with prefectures' seats rarely; a county inside a matched city name is noise. */
    private static boolean isPartOfCityName(Division county, List<Division> cities, String name) {
        for (Division city : cities) {
            if (city.name().contains(county.name()) && name.indexOf(county.name()) == name.indexOf(city.name())) {
                return true;
            }
        }
        return false;
    }

    /** The divisions lying inside one of the given larger ones; all of them when none are given or none fit. */
    private static List<Division> within(List<Division> divisionsFound, List<Division> larger) {
        if (larger.isEmpty()) return divisionsFound;
        List<Division> inside = new ArrayList<>();
        for (Division division : divisionsFound) {
            for (Division container : larger) {
                String prefix = container.code().endsWith("0000") ? container.code().substring(0, 2)
                        : container.code().substring(0, 4);
                if (division.code().startsWith(prefix) && !division.code().equals(container.code())) {
                    inside.add(division);
                    break;
                }
            }
        }
        return inside.isEmpty() ? divisionsFound : inside;
    }

    /** Among same-named counties, the one whose city or province the report mentions most. */
    private List<Division> mostDiscussed(List<Division> candidates, String context) {
        Division best = null;
        int bestMentions = 0;
        boolean tie = false;
        for (Division county : candidates) {
            int mentions = 0;
            Division city = divisions.byCode(county.cityCode());
            if (city != null) mentions += occurrences(context, city.shortName());
            Division province = divisions.byCode(county.provinceCode());
            if (province != null) mentions += occurrences(context, province.shortName());
            if (mentions > bestMentions) {
                best = county;
                bestMentions = mentions;
                tie = false;
            } else if (mentions == bestMentions) {
                tie = true;
            }
        }
        return best == null || tie ? candidates : List.of(best);
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) count++;
        return count;
    }

    private Region county(Division county) {
        Division province = divisions.byCode(county.provinceCode());
        Division city = divisions.byCode(county.cityCode());
        String cityName = city != null ? city.name()
                : MUNICIPALITY_PREFIXES.contains(county.code().substring(0, 2)) && province != null ? province.name() : null;
        return new Region(county.code(), province == null ? null : province.name(), cityName, county.name());
    }

    private Region city(Division city) {
        Division province = divisions.byCode(city.provinceCode());
        return new Region(city.code(), province == null ? null : province.name(), city.name(), null);
    }

    private static Region province(Division province) {
        return new Region(province.code(), province.name(), null, null);
    }
}
