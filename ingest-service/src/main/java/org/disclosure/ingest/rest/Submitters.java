package org.disclosure.ingest.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.disclosure.contracts.api.Roles;
import org.disclosure.ingest.service.Submitter;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the submitter's rights from the token: the national role, or the GB/T 2260 codes of its region claim. */
final class Submitters {

    static final String REGION_CLAIM = "region";

    private Submitters() {
    }

    static Submitter of(SecurityIdentity identity) {
        Set<String> regions = new LinkedHashSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(REGION_CLAIM);
            if (claim instanceof Collection<?> values) {
                values.forEach(value -> regions.add(text(value)));
            } else if (claim != null) {
                regions.add(text(claim));
            }
        }
        return new Submitter(identity.getPrincipal().getName(), identity.hasRole(Roles.NATIONAL), regions);
    }

    private static String text(Object value) {
        return value instanceof JsonString json ? json.getString() : value.toString();
    }
}
