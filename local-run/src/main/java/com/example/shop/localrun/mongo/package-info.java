/**
 * The MongoDB the services share: a MongoDB-protocol server in the launcher's own JVM (mongo-java-server) with
 * its data kept in {@code .run/mongo}, or the developer's own MongoDB when {@code MONGODB_URI} is set.
 */
package com.example.shop.localrun.mongo;
