package org.disclosure.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SubmissionContentRepository implements PanacheRepositoryBase<SubmissionContent, UUID> {

    static final String READ = "select bytes from submission_content where submission_id = $1";

    private final Pool pool;

    public SubmissionContentRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * The bytes of a submission, or null: one statement over the reactive pool, without a Hibernate session, since
     * parse-service redeems every submission's claim check here once.
     */
    public Uni<SubmissionContent> read(UUID id) {
        return pool.preparedQuery(READ).execute(Tuple.of(id)).map(rows -> {
            RowIterator<Row> found = rows.iterator();
            if (!found.hasNext()) return null;
            SubmissionContent content = new SubmissionContent();
            content.submissionId = id;
            content.bytes = found.next().getBuffer("bytes").getBytes();
            return content;
        });
    }
}
