package org.disclosure.ingest.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.disclosure.contracts.api.ApiError;

final class Errors {

    private Errors() {
    }

    static Response of(Response.Status status, String error) {
        // JSON even on endpoints that produce bytes, such as the claim check
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), error)).build();
    }
}
