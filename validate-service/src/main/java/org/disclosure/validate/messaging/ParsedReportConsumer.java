package org.disclosure.validate.messaging;

import io.micrometer.core.annotation.Timed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.validate.service.ValidationService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

@ApplicationScoped
public class ParsedReportConsumer {

    private final ValidationService service;

    public ParsedReportConsumer(ValidationService service) {
        this.service = service;
    }

    @Incoming(Channels.PARSED)
    @Timed(value = "disclosure.reports.processed", extraTags = {"stage", "validate"},
            description = "Parsed reports validated, and how long each took")
    public Uni<Void> onParsed(ReportParsed event) {
        MDC.put("submissionId", event.submissionId().toString());
        return service.onParsed(event);
    }
}
