package org.disclosure.stats.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.stats.service.IndicatorLine;
import org.disclosure.stats.service.IndicatorRow;

/**
 * Renders an indicator row as the JSON the API answers, with the application's own ObjectMapper (the one Quarkus REST
 * serialises responses with), so that a table assembled from rendered rows is byte for byte the serialised list.
 */
@ApplicationScoped
public class IndicatorRowWriter {

    private final ObjectWriter writer;

    public IndicatorRowWriter(ObjectMapper mapper) {
        this.writer = mapper.writerFor(IndicatorRow.class);
    }

    public IndicatorLine line(IndicatorRow row) {
        try {
            return IndicatorLine.of(row, writer.writeValueAsBytes(row));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an indicator row could not be written as JSON", e);
        }
    }
}
