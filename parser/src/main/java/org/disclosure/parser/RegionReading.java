package org.disclosure.parser;

import org.disclosure.contracts.report.Region;

/**
 * The region a document names in its title (or signature), read without its tables, or why there is none.
 *
 * @param region the region, or null
 * @param whyNot why no region was read (in English), null when one was
 */
public record RegionReading(Region region, String whyNot) {

    static final RegionReading NO_KNOWN_PLACE = new RegionReading(null, "no known place in its title");

    static RegionReading of(Region region) {
        return region == null ? NO_KNOWN_PLACE : new RegionReading(region, null);
    }

    static RegionReading failed(ParseResult.Failure failure) {
        return new RegionReading(null, failure.reasonEn());
    }
}
