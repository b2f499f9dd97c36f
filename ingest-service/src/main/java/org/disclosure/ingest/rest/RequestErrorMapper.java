package org.disclosure.ingest.rest;

import jakarta.ws.rs.core.Response;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.ingest.service.IntakeBusyException;
import org.disclosure.ingest.service.InvalidBatchException;
import org.disclosure.ingest.service.SubmissionRefusedException;
import org.disclosure.ingest.service.UnknownRegionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns refused requests into 4xx answers with one sentence saying why. */
public class RequestErrorMapper {

    @ServerExceptionMapper
    public Response map(InvalidRequestException e) {
        return Errors.of(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response map(InvalidBatchException e) {
        return Errors.of(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response map(UnknownRegionException e) {
        return Errors.of(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response map(IntakeBusyException e) {
        Response busy = Errors.of(Response.Status.TOO_MANY_REQUESTS, e.getMessage());
        return Response.fromResponse(busy).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response map(SubmissionRefusedException e) {
        return Errors.of(Response.Status.FORBIDDEN, e.getMessage());
    }
}
