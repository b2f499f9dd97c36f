package org.disclosure.stats.rest;

import jakarta.ws.rs.core.Response;
import org.disclosure.contracts.api.InvalidRequestException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class InvalidRequestMapper {

    @ServerExceptionMapper
    public Response map(InvalidRequestException e) {
        return Errors.of(Response.Status.BAD_REQUEST, e.getMessage());
    }
}
