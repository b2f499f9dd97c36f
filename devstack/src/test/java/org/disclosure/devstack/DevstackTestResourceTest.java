package org.disclosure.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The test resource shares one stack per JVM and adds parts lazily; Keycloak is covered by DevstackTest. */
class DevstackTestResourceTest {

    @Test
    void configKeysAndSharing() throws Exception {
        DevstackTestResource kafkaOnly = new DevstackTestResource();
        kafkaOnly.init(Map.of("kafka", "true"));
        Map<String, String> first = kafkaOnly.start();
        assertEquals(java.util.Set.of("kafka.bootstrap.servers"), first.keySet());

        DevstackTestResource withDb = new DevstackTestResource();
        withDb.init(Map.of("kafka", "true", "postgres", "resource_test", "keycloak", "false"));
        Map<String, String> second = withDb.start();
        assertEquals(first.get("kafka.bootstrap.servers"), second.get("kafka.bootstrap.servers"), "Kafka started once");
        assertTrue(second.get("quarkus.datasource.reactive.url").matches("postgresql://localhost:\\d+/resource_test"));
        assertTrue(second.get("quarkus.datasource.jdbc.url").matches("jdbc:postgresql://localhost:\\d+/resource_test"));
        assertEquals("postgres", second.get("quarkus.datasource.username"));
        try (Connection c = DriverManager.getConnection(second.get("quarkus.datasource.jdbc.url"),
                second.get("quarkus.datasource.username"), second.get("quarkus.datasource.password"))) {
            assertTrue(c.isValid(5));
        }
        withDb.stop();
        kafkaOnly.stop();
        assertSame(DevstackTestResource.shared(DevstackOptions.none()), DevstackTestResource.shared(DevstackOptions.none()));
        assertTrue(DevstackTestResource.shared(DevstackOptions.none()).hasKafka(), "still running after stop()");
    }

    private static java.net.URL location(Class<?> c) throws Exception {
        // through Path, so that a directory gets its trailing slash (URLClassLoader reads anything else as a jar)
        return java.nio.file.Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    }

    /** A second copy of the classes (as Quarkus' class loaders make) reaches the same servers. */
    @Test
    @SuppressWarnings("unchecked")
    void sharedAcrossClassLoaders() throws Exception {
        DevstackTestResource here = new DevstackTestResource();
        here.init(Map.of("kafka", "true"));
        String bootstrap = here.start().get("kafka.bootstrap.servers");

        java.net.URL classes = location(DevstackTestResource.class);
        java.net.URL testCommon = location(io.quarkus.test.common.QuarkusTestResourceLifecycleManager.class);
        try (java.net.URLClassLoader other = new java.net.URLClassLoader(new java.net.URL[] { classes, testCommon },
                ClassLoader.getSystemClassLoader().getParent())) {
            Class<?> otherClass = other.loadClass(DevstackTestResource.class.getName());
            assertTrue(otherClass != DevstackTestResource.class);
            Object resource = otherClass.getConstructor().newInstance();
            otherClass.getMethod("init", Map.class).invoke(resource, Map.of("kafka", "true"));
            Map<String, String> config = (Map<String, String>) otherClass.getMethod("start").invoke(resource);
            assertEquals(bootstrap, config.get("kafka.bootstrap.servers"));
        }
    }
}
