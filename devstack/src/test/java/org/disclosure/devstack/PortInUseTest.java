package org.disclosure.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** A port that is taken gives an error naming the component and the port, and nothing is left running. */
class PortInUseTest {

    private static ServerSocket occupy() throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return socket;
    }

    @Test
    void kafkaPortInUse() throws Exception {
        try (ServerSocket taken = occupy()) {
            int port = taken.getLocalPort();
            DevstackException e = assertThrows(DevstackException.class,
                    () -> Devstack.start(DevstackOptions.none().withKafka(port)));
            assertEquals("Kafka cannot start: port " + port + " is already in use", e.getMessage());
        }
    }

    @Test
    void postgresPortInUse() throws Exception {
        try (ServerSocket taken = occupy()) {
            int port = taken.getLocalPort();
            DevstackException e = assertThrows(DevstackException.class,
                    () -> Devstack.start(DevstackOptions.none().withPostgres(port)));
            assertEquals("PostgreSQL cannot start: port " + port + " is already in use", e.getMessage());
        }
    }

    @Test
    void keycloakPortInUse() throws Exception {
        try (ServerSocket taken = occupy()) {
            int port = taken.getLocalPort();
            DevstackException e = assertThrows(DevstackException.class,
                    () -> Devstack.start(DevstackOptions.none().withKeycloak(port)));
            assertEquals("Keycloak cannot start: port " + port + " is already in use", e.getMessage());
        }
    }

    @Test
    void oneFailingPartStopsTheOthersAndNamesTheCulprit() throws Exception {
        try (ServerSocket taken = occupy()) {
            int port = taken.getLocalPort();
            DevstackException e = assertThrows(DevstackException.class,
                    () -> Devstack.start(DevstackOptions.freePorts(false, true, false).withKafka(port)));
            assertTrue(e.getMessage().contains("Kafka cannot start: port " + port + " is already in use"), e.getMessage());
        }
    }
}
