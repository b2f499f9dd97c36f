package org.disclosure.stats.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.disclosure.contracts.api.ApiError;

/** Error answers in the platform's one shape ({@link ApiError}). */
final class Errors {

    private Errors() {
    }

    static Response of(Response.Status status, String message) {
        // JSON even on CSV and XLSX endpoints, whose media types have no writer for an error body
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), message)).build();
    }
}
