package com.example.shop.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/**
 * One MongoDB-protocol server for the whole test run (mongo-java-server, in memory), reached through the real
 * MongoDB driver over a real socket. No real mongod can be installed where these tests run.
 */
public final class TestMongo {

    private static MongoServer server;
    private static InetSocketAddress address;

    private TestMongo() {
    }

    /** A connection string for the given database name. */
    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            address = server.bind();
        }
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }
}
