package org.disclosure.parse.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.parse.service.ParsingService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class SubmissionConsumer {

    private final ParsingService service;

    public SubmissionConsumer(ParsingService service) {
        this.service = service;
    }

    @Incoming(Channels.SUBMITTED)
    public Uni<Void> onSubmitted(ReportSubmitted event) {
        return service.process(event);
    }
}
