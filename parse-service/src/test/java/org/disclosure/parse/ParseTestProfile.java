package org.disclosure.parse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.disclosure.devstack.DevstackTestResource;

/** The real servers parse-service needs in tests: Kafka, and Keycloak for its service-account token. */
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = {
        @ResourceArg(name = "kafka", value = "true"),
        @ResourceArg(name = "keycloak", value = "true") })
public final class ParseTestProfile {

    private ParseTestProfile() {
    }
}
