package com.example.shop.localrun.lifecycle;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Checks a port before something is started on it. Without the check, a leftover service or a system
 * PostgreSQL on the same port would answer the readiness checks, and the run would seem fine while talking
 * to the wrong server.
 */
public final class FreePort {

    private FreePort() {
    }

    /**
     * @param who  what is about to use the port, for the message
     * @param hint what the person can do instead, for the message
     */
    public static void require(int port, String who, String hint) {
        if (inUse(port)) {
            throw new StartupFailure("Port " + port + " is already in use, so " + who + " cannot start on it. "
                    + "See what holds it with: ss -ltnp 'sport = :" + port + "' (or lsof -i :" + port + "). " + hint);
        }
    }

    static boolean inUse(int port) {
        // Something listening on loopback answers a connect; binding catches servers on other addresses too.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException notListening) {
            // fall through to the bind check
        }
        try (ServerSocket socket = new ServerSocket(port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
