package org.disclosure.stats.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.disclosure.contracts.api.RegionClaim;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.repository.RegionScope;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as far as visibility goes: national sees every region, anyone else only the areas listed in
 * the token's region claim (none listed means nothing visible). Every query of the service is limited by
 * {@link #scope()}, so endpoints never check regions themselves.
 */
@RequestScoped
public class Viewer {

    private final RegionScope scope;

    public Viewer(SecurityIdentity identity) {
        this.scope = identity.hasRole(Roles.NATIONAL) ? RegionScope.everywhere()
                : RegionScope.of(regionCodes(identity));
    }

    public RegionScope scope() {
        return scope;
    }

    private static Set<String> regionCodes(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token
                ? RegionClaim.codes(token.getClaim(RegionClaim.NAME)) : Set.of();
    }
}
