package org.disclosure.dashboard.rest;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.disclosure.contracts.api.Roles;
import org.disclosure.dashboard.view.PageUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in user as the pages show them, from the ID token of the code flow. */
@RequestScoped
public class CurrentUser {

    // @IdToken qualifies fields only
    @Inject
    @IdToken
    JsonWebToken idToken;

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public PageUser get() {
        Object claim = idToken.getClaim("region");
        List<String> regions = claim instanceof Collection<?> values
                ? values.stream().map(value -> value.toString().replace("\"", "")).toList()
                : claim == null ? List.of() : List.of(claim.toString().replace("\"", ""));
        String name = idToken.getClaim("preferred_username");
        return new PageUser(name == null ? identity.getPrincipal().getName() : name,
                identity.hasRole(Roles.NATIONAL), regions);
    }
}
