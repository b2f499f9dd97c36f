package org.disclosure.stats.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.CanonicalJson;

/**
 * The pre-aggregated sums of an area and year (region_year_report, region_year_cell): how many current reports, and
 * for each indicator input how many of them have a number and its sum. Area null: the grouping leaves it out; year
 * null: reports whose year is unknown. The cells of an area come as one JSON object ({@code key: [withValue,
 * total]}), a row per area rather than per cell, and are read by {@link #cells()} on a worker.
 */
public record AreaSums(List<Reports> reports, List<AreaCells> areaCells) {

    /** Sums are exact decimals: never through a double. */
    private static final ObjectReader READER = CanonicalJson.mapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public record Reports(String areaCode, Integer year, long reports) {
    }

    public record AreaCells(String areaCode, Integer year, String json) {
    }

    public record Cell(String areaCode, Integer year, String key, long withValue, BigDecimal total) {
    }

    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (AreaCells area : areaCells) {
            JsonNode object = read(area.json());
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                JsonNode pair = entry.getValue();
                cells.add(new Cell(area.areaCode(), area.year(), entry.getKey(), pair.get(0).asLong(),
                        pair.get(1).decimalValue()));
            }
        }
        return cells;
    }

    private static JsonNode read(String json) {
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable sums from the database", e);
        }
    }
}
