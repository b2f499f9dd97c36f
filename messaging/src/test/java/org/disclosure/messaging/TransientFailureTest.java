package org.disclosure.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.sqlclient.DatabaseException;
import java.net.ConnectException;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class TransientFailureTest {

    private static DatabaseException sqlState(String state) {
        return new DatabaseException("refused", 0, state) {
        };
    }

    @Test
    void anUnreachableOrRestartingDatabaseIsWaitedOut() {
        assertTrue(TransientFailure.isTransient(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(TransientFailure.isTransient(sqlState("57P01")), "terminated by an administrator");
        assertTrue(TransientFailure.isTransient(sqlState("08006")), "connection failure");
        assertTrue(TransientFailure.isTransient(sqlState("55000")), "database not accepting connections");
        assertTrue(TransientFailure.isTransient(sqlState("40001")), "serialization failure");
        assertTrue(TransientFailure.isTransient(sqlState("23505")), "a concurrent insert of the same row");
    }

    @Test
    void aValueTheDatabaseRefusesIsNot() {
        assertFalse(TransientFailure.isTransient(new RuntimeException(sqlState("22001"))), "value too long");
        assertFalse(TransientFailure.isTransient(sqlState("23502")), "not-null violation");
        assertFalse(TransientFailure.isTransient(sqlState("42703")), "undefined column");
    }

    @Test
    void aClosedConnectionAmongSeveralFailuresMakesThemTransient() {
        var closing = new io.smallrye.mutiny.CompositeException(new IllegalStateException("Session/EntityManager is closed"),
                new ConnectException("Connection is not active now, current status: CLOSING"));
        assertTrue(TransientFailure.isTransient(closing));
        assertFalse(TransientFailure.isTransient(new io.smallrye.mutiny.CompositeException(
                new IllegalStateException("a"), new IllegalArgumentException("b"))));
    }

    @Test
    void brokerAndDependencyOutagesAreTransientAndBugsAreNot() {
        assertTrue(TransientFailure.isTransient(new org.apache.kafka.common.errors.TimeoutException("expired")));
        assertTrue(TransientFailure.isTransient(new DependencyUnavailableException("ingest answered 503")));
        assertTrue(TransientFailure.isTransient(new io.smallrye.mutiny.TimeoutException()));
        assertFalse(TransientFailure.isTransient(new NullPointerException()));
        assertFalse(TransientFailure.isTransient(new IllegalArgumentException("bad")));
        assertFalse(TransientFailure.isTransient(
                new PoisonRecordException("bad", UUID.randomUUID(), new ConnectException("inside"))));
    }
}
