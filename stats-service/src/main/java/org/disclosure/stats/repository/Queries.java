package org.disclosure.stats.repository;

import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** Projection queries that Panache's find() cannot express (aggregates, joins to other entities). */
final class Queries {

    private Queries() {
    }

    static <R> Uni<List<R>> select(Uni<Mutiny.Session> session, String hql, Class<R> type,
            Map<String, Object> parameters) {
        return session.flatMap(opened -> {
            Mutiny.SelectionQuery<R> query = opened.createSelectionQuery(hql, type);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    static <R> Uni<List<R>> select(Uni<Mutiny.Session> session, String hql, Class<R> type,
            Map<String, Object> parameters, Page page) {
        return select(session, hql, type, parameters, page.index * page.size, page.size);
    }

    static <R> Uni<List<R>> select(Uni<Mutiny.Session> session, String hql, Class<R> type,
            Map<String, Object> parameters, int first, int max) {
        return session.flatMap(opened -> {
            Mutiny.SelectionQuery<R> query = opened.createSelectionQuery(hql, type);
            parameters.forEach(query::setParameter);
            return query.setFirstResult(first).setMaxResults(max).getResultList();
        });
    }
}
