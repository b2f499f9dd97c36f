package org.disclosure.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ports of every part of the platform. */
public record PlatformPorts(int kafka, int postgres, int keycloak, int ingest, int parse, int validate, int stats,
        int dashboard, int dashboardManagement) {

    /** The well-known ports the README and the services' dev profile use. */
    public static PlatformPorts defaults() {
        return new PlatformPorts(9092, 15432, 8180, 8081, 8082, 8083, 8084, 8085, 9085);
    }

    /** Free ports, for tests that must not collide with a running platform. */
    public static PlatformPorts free() {
        return new PlatformPorts(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort(), freePort());
    }

    Map<String, Integer> byComponent() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka", kafka);
        ports.put("PostgreSQL", postgres);
        ports.put("Keycloak", keycloak);
        ports.put("ingest-service", ingest);
        ports.put("parse-service", parse);
        ports.put("validate-service", validate);
        ports.put("stats-service", stats);
        ports.put("dashboard", dashboard);
        ports.put("dashboard health", dashboardManagement);
        return ports;
    }

    /** Fails with one clear sentence per busy port, before anything is started. */
    void requireAllFree() {
        StringBuilder busy = new StringBuilder();
        byComponent().forEach((component, port) -> {
            if (!isFree(port)) {
                busy.append(String.format("port %d (%s) is already in use%n", port, component));
            }
        });
        if (!busy.isEmpty()) {
            throw new PlatformException(busy + "stop whatever uses it (a previous ./disclosure up?) and try again");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new PlatformException("no free port on this machine: " + e.getMessage());
        }
    }
}
