package org.disclosure.ingest.service;

/**
 * What a zip batch may hold. The sizes are counted while inflating, never taken from the zip's headers,
 * which an attacker controls.
 */
public record BatchLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
}
