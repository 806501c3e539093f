package com.example.shop.query.catalog;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One MongoDB collection per generation of the catalog: a rebuild fills a fresh collection while queries read
 * the previous one, and retiring a generation is a single drop.
 */
@Component
class CatalogCollections {

    private final MongoTemplate mongo;
    private final Map<String, Boolean> indexed = new ConcurrentHashMap<>();

    CatalogCollections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The collection of a generation, with the indexes the catalog's queries use. Callers wait while the index is
     * being made: the catalog's two segments start writing a new generation at the same moment, and the one that
     * went on during the other's createIndex failed on the local MongoDB-protocol server (which does not allow
     * the two at once) and had its event parked.
     */
    String of(int generation) {
        String name = "catalog_g" + generation;
        indexed.computeIfAbsent(name, collection -> {
            mongo.indexOps(collection).createIndex(new Index().on("status", Sort.Direction.ASC)
                    .on("name", Sort.Direction.ASC));
            return true;
        });
        return name;
    }

    void drop(int generation) {
        String name = "catalog_g" + generation;
        if (mongo.collectionExists(name)) {
            mongo.dropCollection(name);
        }
        indexed.remove(name);
    }
}
