package org.disclosure.messaging;

import io.smallrye.mutiny.CompositeException;
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

    private static final int MAX_DEPTH = 32;
    private static volatile boolean stopping;

    @Override
    public boolean test(Throwable failure) {
        return isTransient(failure);
    }

    public static boolean isTransient(Throwable failure) {
        // a service stopping closes its database sessions and clients under the records in flight: what fails then
        // says nothing about the record, whose offset stays uncommitted for the next owner of the partition
        if (stopping) return true;
        return isTransient(failure, 0);
    }

    private static boolean isTransient(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH;
                cause = cause.getCause() == cause ? null : cause.getCause(), depth++) {
            if (cause instanceof PoisonRecordException) return false;
            if (cause instanceof DatabaseException database) return transientSqlState(database.getSqlState());
            if (isUnavailable(cause)) return true;
            // Mutiny gathers the failures of a step and of its clean-up: any unavailable part makes it transient
            if (cause instanceof CompositeException composite) {
                for (Throwable part : composite.getCauses()) {
                    if (part != cause && isTransient(part, depth + 1)) return true;
                }
            }
        }
        return false;
    }

    /** Called once the application begins to stop (see {@link ShutdownWatch}). */
    static void applicationStopping() {
        stopping = true;
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
