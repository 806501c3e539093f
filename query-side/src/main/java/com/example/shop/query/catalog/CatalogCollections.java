package com.example.shop.query.catalog;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One MongoDB collection per generation of the catalog: a rebuild fills a fresh collection while queries read
 * the previous one, and retiring a generation is a single drop.
 */
@Component
class CatalogCollections {

    private final MongoTemplate mongo;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    CatalogCollections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The collection of a generation, with the indexes the catalog's queries use. */
    String of(int generation) {
        String name = "catalog_g" + generation;
        if (indexed.add(name)) {
            mongo.indexOps(name).createIndex(new Index().on("status", Sort.Direction.ASC).on("name", Sort.Direction.ASC));
        }
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
