package org.disclosure.ingest.rest;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import org.disclosure.contracts.api.RegionClaim;
import org.disclosure.contracts.api.Roles;
import org.disclosure.ingest.service.Submitter;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the caller's rights from the token: the national role, or the GB/T 2260 codes of its region claim. */
final class Submitters {

    private Submitters() {
    }

    static Submitter of(SecurityIdentity identity) {
        Set<String> regions = identity.getPrincipal() instanceof JsonWebToken token
                ? RegionClaim.codes(token.getClaim(RegionClaim.NAME)) : Set.of();
        return new Submitter(identity.getPrincipal().getName(), identity.hasRole(Roles.NATIONAL), regions);
    }
}
