package org.disclosure.stats.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.repository.RegionScope;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as far as visibility goes: national sees every region, anyone else only the areas listed in
 * the token's {@value #REGION_CLAIM} claim (none listed means nothing visible). Every query of the service is
 * limited by {@link #scope()}, so endpoints never check regions themselves.
 */
@RequestScoped
public class Viewer {

    /** The token claim with the viewer's GB/T 2260 codes (deploy/keycloak/disclosure-realm.json). */
    static final String REGION_CLAIM = "region";

    private final RegionScope scope;

    public Viewer(SecurityIdentity identity) {
        this.scope = identity.hasRole(Roles.NATIONAL) ? RegionScope.everywhere()
                : RegionScope.of(regionCodes(identity));
    }

    public RegionScope scope() {
        return scope;
    }

    private static List<String> regionCodes(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) return List.of();
        Object claim = token.getClaim(REGION_CLAIM);
        // Keycloak writes a multivalued attribute as a JSON array, a single value as a plain string
        List<String> codes = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> codes.add(text(value)));
        } else if (claim != null) {
            codes.add(text(claim));
        }
        return codes;
    }

    private static String text(Object value) {
        return value instanceof JsonString string ? string.getString() : String.valueOf(value);
    }
}
