package org.disclosure.ingest.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/** Several ingest pods looking for due submissions at once never take the same rows. */
@QuarkusTest
@TestProfile(ClaimDueTest.NoScheduler.class)
class ClaimDueTest {

    /** Without the republisher's own runs, which would claim the rows of this test in between. */
    public static class NoScheduler implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    /** Everything this test stores is older than this, and nothing else is. */
    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    @Inject
    SubmissionRepository submissions;

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Test
    void twoConcurrentClaimsReturnDisjointRows() throws Throwable {
        Set<UUID> mine = new HashSet<>();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            List<Submission> rows = new ArrayList<>();
            for (int i = 0; i < 4; i++) rows.add(row(i % 2 == 0 ? Stage.RECEIVED : Stage.PARSED, i % 2 == 0));
            rows.forEach(row -> mine.add(row.id));
            return submissions.persist(rows);
        }));

        // the first claim holds its rows locked (its transaction is still open) while the second one claims
        List<List<UUID>> claims = VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withTransaction(
                (first, tx) -> submissions.claimDue(first, LONG_AGO, LONG_AGO, 2).flatMap(firstRows -> sessionFactory
                        .openSession().flatMap(second -> second.withTransaction(tx2 -> submissions.claimDue(second,
                                        LONG_AGO, LONG_AGO, 100))
                                .eventually(second::close))
                        .map(secondRows -> List.of(ids(firstRows), ids(secondRows))))));

        List<UUID> first = claims.get(0);
        List<UUID> second = claims.get(1);
        assertEquals(2, first.size());
        assertTrue(second.stream().noneMatch(first::contains), "disjoint: " + first + " and " + second);
        Set<UUID> both = new HashSet<>(first);
        both.addAll(second);
        assertEquals(mine, both, "together they take every due row");

        // once the locks are gone, the rows are there to claim again (nothing here marked them as touched)
        List<UUID> after = VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withTransaction(
                (session, tx) -> submissions.claimDue(session, LONG_AGO, LONG_AGO, 100).map(ClaimDueTest::ids)));
        assertEquals(mine, new HashSet<>(after));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> submissions.delete("id in ?1",
                new ArrayList<>(mine))));
    }

    @Test
    void aSubmissionQueuedBehindABacklogIsNotDue() throws Throwable {
        Submission queued = row(Stage.RECEIVED, false);
        // announced, long waiting, but its last step is recent: neither unannounced nor stuck
        queued.progressedAt = Instant.parse("2010-01-01T00:00:00Z");
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> submissions.persist(queued)));
        List<UUID> claimed = VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withTransaction(
                (session, tx) -> submissions.claimDue(session, LONG_AGO, LONG_AGO, 1000).map(ClaimDueTest::ids)));
        assertTrue(!claimed.contains(queued.id));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> submissions.deleteById(queued.id)));
    }

    private static Submission row(Stage stage, boolean neverAnnounced) {
        Instant at = Instant.parse("2000-06-01T00:00:00Z");
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.fileName = "claim-" + submission.id + ".txt";
        submission.size = 1;
        submission.sha256 = (submission.id.toString().replace("-", "") + "0".repeat(64)).substring(0, 64);
        submission.stage = stage;
        submission.attempt = 1;
        submission.submittedAt = at;
        submission.updatedAt = at;
        submission.progressedAt = at;
        submission.announcedAt = neverAnnounced ? null : at;
        return submission;
    }

    private static List<UUID> ids(List<Submission> rows) {
        return rows.stream().map(row -> row.id).toList();
    }
}
