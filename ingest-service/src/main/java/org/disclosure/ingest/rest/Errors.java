package org.disclosure.ingest.rest;

import jakarta.ws.rs.core.Response;
import org.disclosure.contracts.api.ApiError;

final class Errors {

    private Errors() {
    }

    static Response of(Response.Status status, String error) {
        return Response.status(status).entity(new ApiError(status.getStatusCode(), error)).build();
    }
}
