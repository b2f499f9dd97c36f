package org.disclosure.contracts.report;

/**
 * The administrative area of a reporting agency: its 6-digit GB/T 2260 code and names.
 * {@code city} and {@code county} are null for a province-level or city-level agency.
 */
public record Region(String code, String province, String city, String county) {

    public String provinceCode() {
        return code == null ? null : code.substring(0, 2) + "0000";
    }

    public String cityCode() {
        return code == null || code.endsWith("0000") ? null : code.substring(0, 4) + "00";
    }
}
