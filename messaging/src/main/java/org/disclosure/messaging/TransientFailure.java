package org.disclosure.messaging;

import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a failure that will pass (a dependency is down, slow or restarting) from one that will not (the record
 * or the document itself is wrong, or the code has a bug). Used with SmallRye Fault Tolerance's
 * {@code @RetryWhen}: a transient failure is retried until the dependency is back, never turned into a failed
 * submission; anything else is a poison record for the dead-letter topic.
 *
 * <p>Written by hand because the failures come from four client libraries (Vert.x SQL, Kafka, the OIDC client,
 * the web client) that share no "retriable" marker apart from Kafka's own.
 */
public final class TransientFailure implements Predicate<Throwable> {

    /**
     * SQLSTATE classes of a database that is unavailable or busy rather than refusing the data: connection
     * exceptions (08), insufficient resources (53), operator intervention such as a shutdown or a terminated
     * session (57), system errors (58), and transaction rollbacks from serialization or deadlocks (40).
     */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57", "58");
    /**
     * 55000: the database does not accept connections right now (ALLOW_CONNECTIONS false, during maintenance);
     * 55P03: a lock was not available; 23505: another consumer stored the same row a moment ago (a rebalance),
     * so the next attempt finds it and updates it instead.
     */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("55000", "55P03", "23505");

    private static final Set<String> VERTX_UNAVAILABLE = Set.of("io.vertx.core.VertxException",
            "io.vertx.core.impl.NoStackTraceThrowable", "io.vertx.core.impl.NoStackTraceException",
            "io.vertx.core.impl.NoStackTraceTimeoutException",
            "io.vertx.core.http.HttpClosedException", "io.vertx.core.http.StreamResetException",
            "io.vertx.core.http.ConnectionPoolTooBusyException", "io.vertx.sqlclient.ClosedConnectionException");

    @Override
    public boolean test(Throwable failure) {
        return isTransient(failure);
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PoisonRecordException) return false;
            if (cause instanceof DatabaseException database) return transientSqlState(database.getSqlState());
            if (isUnavailable(cause)) return true;
        }
        return false;
    }

    private static boolean transientSqlState(String sqlState) {
        if (sqlState == null) return true;
        return TRANSIENT_SQL_STATES.contains(sqlState)
                || (sqlState.length() >= 2 && TRANSIENT_SQL_CLASSES.contains(sqlState.substring(0, 2)));
    }

    /** A dependency did not answer, or answered that it cannot serve now. */
    private static boolean isUnavailable(Throwable cause) {
        if (cause instanceof IOException || cause instanceof java.util.concurrent.TimeoutException
                || cause instanceof io.smallrye.mutiny.TimeoutException
                || cause instanceof DependencyUnavailableException
                || cause instanceof org.apache.kafka.common.errors.RetriableException
                || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return true;
        }
        String type = cause.getClass().getName();
        // Vert.x reports a closed, refused or busy connection with its own types, outside IOException
        return VERTX_UNAVAILABLE.contains(type)
                || type.startsWith("io.quarkus.oidc.client.OidcClientException")
                || type.startsWith("io.netty.channel.");
    }
}
