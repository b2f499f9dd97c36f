package org.disclosure.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SubmissionContentRepository implements PanacheRepositoryBase<SubmissionContent, UUID> {
}
