package org.disclosure.stats.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * Security review (issue 10): in prod the Kafka security protocol fails closed. The service's own
 * application.properties is resolved under the prod profile, as a pod would, with and without the variable.
 */
class ProdKafkaConfigurationTest {

    private static final String PROTOCOL = "kafka.security.protocol";

    @Test
    void withoutKafkaSecurityProtocolProdHasNoValueInsteadOfPlaintext() throws IOException {
        SmallRyeConfig prod = prodConfig(Map.of());
        assertThrows(NoSuchElementException.class, () -> prod.getValue(PROTOCOL, String.class));
    }

    @Test
    void theDeploymentsProtocolIsTaken() throws IOException {
        SmallRyeConfig prod = prodConfig(Map.of("KAFKA_SECURITY_PROTOCOL", "SSL"));
        assertEquals("SSL", prod.getValue(PROTOCOL, String.class));
    }

    private static SmallRyeConfig prodConfig(Map<String, String> environment) throws IOException {
        URL properties = ProdKafkaConfigurationTest.class.getResource("/application.properties");
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new MapBackedConfigSource("deployment environment", environment, 300) {
                })
                .build();
    }
}
