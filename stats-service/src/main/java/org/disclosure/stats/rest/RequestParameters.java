package org.disclosure.stats.rest;

import java.util.UUID;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.service.AggregationLevel;
import org.disclosure.stats.service.IndicatorAggregator;

/** Reads and checks the query and path parameters the endpoints share; a bad value is a 400 with a reason. */
final class RequestParameters {

    private RequestParameters() {
    }

    static String regionCode(String region) {
        if (region != null && !RegionScope.isDivisionCode(region)) {
            throw new InvalidRequestException("region must be a 6-digit GB/T 2260 code, got '" + region + "'");
        }
        return region;
    }

    static UUID reportId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("'" + id + "' is not a report id (a UUID)");
        }
    }

    static AggregationLevel level(String level) {
        try {
            return AggregationLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    static String indicator(String indicator) {
        if (indicator == null || !IndicatorAggregator.INDICATOR_NAMES.contains(indicator)) {
            throw new InvalidRequestException("indicator must be one of " + String.join(", ",
                    IndicatorAggregator.INDICATOR_NAMES) + ", got '" + indicator + "'");
        }
        return indicator;
    }

    static Integer requiredYear(Integer year) {
        if (year == null) throw new InvalidRequestException("year is required");
        return year;
    }
}
