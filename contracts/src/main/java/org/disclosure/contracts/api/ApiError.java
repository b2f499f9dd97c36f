package org.disclosure.contracts.api;

/** The body of every 4xx answer of the platform's APIs: the status and one sentence saying what was wrong. */
public record ApiError(int status, String error) {
}
