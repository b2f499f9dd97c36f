package org.disclosure.validate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.disclosure.devstack.DevstackTestResource;

/** The real servers validate-service needs in tests: Kafka, its PostgreSQL database and Keycloak. */
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = {
        @ResourceArg(name = "kafka", value = "true"),
        @ResourceArg(name = "postgres", value = "validate"),
        @ResourceArg(name = "keycloak", value = "true") })
public final class ValidateTestProfile {

    private ValidateTestProfile() {
    }
}
