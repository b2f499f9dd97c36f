package org.disclosure.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tells {@link TransientFailure} that the service is stopping, before its database pool and clients close: a
 * record whose handling fails from then on is left to the next owner of its partition, never dead-lettered or
 * reported as a failed submission (seen on a rolling restart: "EntityManagerFactory is closed").
 */
@ApplicationScoped
public class ShutdownWatch {

    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        TransientFailure.applicationStopping();
    }
}
