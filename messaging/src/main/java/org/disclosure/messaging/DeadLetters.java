package org.disclosure.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.Topics;

/**
 * Counts the records a service hands to a dead-letter topic ({@code disclosure.dead.letters}, tagged with the
 * topic the record came from), so that an alert can fire on the first one.
 */
@ApplicationScoped
public class DeadLetters {

    private final MeterRegistry registry;

    public DeadLetters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String topic) {
        Counter.builder("disclosure.dead.letters").tag("topic", topic)
                .tag("dead_letter_topic", Topics.deadLetters(topic))
                .description("Records that could not be handled and were kept in a dead-letter topic")
                .register(registry).increment();
    }
}
