package org.disclosure.validate.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.validate.service.ValidationService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ParsedReportConsumer {

    private final ValidationService service;

    public ParsedReportConsumer(ValidationService service) {
        this.service = service;
    }

    @Incoming(Channels.PARSED)
    public Uni<Void> onParsed(ReportParsed event) {
        return service.onParsed(event);
    }
}
