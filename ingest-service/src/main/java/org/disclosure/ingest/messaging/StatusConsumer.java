package org.disclosure.ingest.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.ingest.service.SubmissionService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

/** Follows each submission through parse, validate and stats. */
@ApplicationScoped
public class StatusConsumer {

    private final SubmissionService service;

    public StatusConsumer(SubmissionService service) {
        this.service = service;
    }

    @Incoming(Channels.STATUS)
    public Uni<Void> onStatus(StatusChanged change) {
        MDC.put("submissionId", change.submissionId().toString());
        return service.recordStatus(change);
    }
}
