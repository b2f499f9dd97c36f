package org.disclosure.devstack;

/**
 * JVM-wide access to the test resource's shared {@link Devstack}, through the platform MBean server, so that
 * copies of these classes in several class loaders (Quarkus restarts the application for test classes with
 * other resources or profiles) still share one set of servers. Only JDK types cross the boundary.
 */
public interface SharedDevstackMBean {

    /**
     * @param args the test resource arguments in {@link java.util.Properties} text form
     * @return the configuration for Quarkus in {@link java.util.Properties} text form
     */
    String config(String args);
}
