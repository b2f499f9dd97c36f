package org.disclosure.dashboard.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options as JSON, built on the server from the figures the page shows; the page's script hands them to
 * ECharts unchanged, so no figure is computed twice.
 */
public final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {
    }

    /** Horizontal bars: one per label, longest value at the top. */
    public static String bars(List<String> labels, List<? extends Number> values, String unit) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        boolean counts = values.stream().allMatch(value -> value == null || value instanceof Integer
                || value instanceof Long);
        option.put("xAxis", counts ? Map.of("type", "value", "name", unit, "minInterval", 1)
                : Map.of("type", "value", "name", unit));
        option.put("yAxis", Map.of("type", "category", "data", labels.reversed(), "axisLabel", Map.of("width", 160,
                "overflow", "truncate")));
        option.put("series", List.of(Map.of("type", "bar", "data", values.reversed(), "barMaxWidth", 22,
                "itemStyle", Map.of("color", "#3a6ea5"))));
        return write(option);
    }

    /** A line over the years. */
    public static String line(List<String> years, List<? extends Number> values, String name) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("grid", Map.of("left", 8, "right", 24, "top", 24, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", years));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", List.of(Map.of("type", "line", "name", name, "data", values, "connectNulls", false,
                "label", Map.of("show", true), "itemStyle", Map.of("color", "#3a6ea5"))));
        return write(option);
    }

    private static String write(Map<String, Object> option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart options are plain maps and lists", e);
        }
    }
}
