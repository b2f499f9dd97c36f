package org.disclosure.ingest.service;

import io.vertx.pgclient.PgException;

/** Recognises PostgreSQL's unique-constraint violation (SQLSTATE 23505) wherever it sits in a cause chain. */
final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    static boolean matches(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && SQL_STATE.equals(pg.getSqlState())) return true;
        }
        return false;
    }
}
