package org.disclosure.parse.messaging;

import io.micrometer.core.annotation.Timed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.parse.service.ParsingService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

@ApplicationScoped
public class SubmissionConsumer {

    private final ParsingService service;

    public SubmissionConsumer(ParsingService service) {
        this.service = service;
    }

    @Incoming(Channels.SUBMITTED)
    @Timed(value = "disclosure.reports.processed", extraTags = {"stage", "parse"},
            description = "Submissions parsed, and how long each took")
    public Uni<Void> onSubmitted(ReportSubmitted event) {
        MDC.put("submissionId", event.submissionId().toString());
        return service.process(event);
    }
}
