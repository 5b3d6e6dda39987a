package org.alliancetracker.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

/**
 * The process tests' own helper: a port chosen free can be taken by another process before the server binds it
 * (an outgoing connection gets the same ephemeral port), and the server then starts on other ports.
 */
class ServerProcessIT {

    @Test
    void aServerWhoseHttpPortIsTakenBeforeItBindsStartsOnOtherPorts() throws Exception {
        startsElsewhereWhenTaken("http_port_taken", ServerProcess::port);
    }

    @Test
    void aServerWhoseManagementPortIsTakenBeforeItBindsStartsOnOtherPorts() throws Exception {
        startsElsewhereWhenTaken("management_port_taken", ServerProcess::managementPort);
    }

    private static void startsElsewhereWhenTaken(String name, ToIntFunction<ServerProcess> port) throws Exception {
        ServerProcess server = new ServerProcess(name, ProcessDatabase.fresh(name));
        int chosen = port.applyAsInt(server);
        try (ServerSocket taker = new ServerSocket()) {
            taker.bind(new InetSocketAddress("0.0.0.0", chosen));
            try (ServerProcess started = server.start()) {
                assertNotEquals(chosen, port.applyAsInt(started));
                assertEquals(200, new SiteSession(started.baseUrl()).get("/").statusCode());
                assertEquals(200, started.management("/q/health/ready").statusCode());
            }
        }
    }
}
