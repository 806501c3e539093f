package com.example.shop.query.catalog;

import com.example.shop.api.common.Money;
import com.example.shop.api.product.FindProductQuery;
import com.example.shop.api.product.FindProductsQuery;
import com.example.shop.api.product.ProductPage;
import com.example.shop.api.product.ProductStatus;
import com.example.shop.api.product.ProductView;
import com.example.shop.query.replay.ReadModelGenerations;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Answers catalog queries from the active generation of the catalog. */
@Component
class CatalogQueries {

    private final MongoTemplate mongo;
    private final CatalogCollections collections;
    private final ReadModelGenerations generations;

    CatalogQueries(MongoTemplate mongo, CatalogCollections collections, ReadModelGenerations generations) {
        this.mongo = mongo;
        this.collections = collections;
        this.generations = generations;
    }

    /** @return the product, discontinued ones included, or {@code null} when there is none */
    @QueryHandler
    ProductView handle(FindProductQuery query) {
        Document product = mongo.findOne(Query.query(where("_id").is(query.productId().toString())
                .and("sku").exists(true)), Document.class, activeCollection());
        return product == null ? null : toView(product);
    }

    /** Active products, by name; {@code text} matches words anywhere in the name or description. */
    @QueryHandler
    ProductPage handle(FindProductsQuery query) {
        Criteria criteria = where("status").is(ProductStatus.ACTIVE.name());
        if (query.text() != null && !query.text().isBlank()) {
            criteria = criteria.and("searchText")
                    .regex(Pattern.compile(Pattern.quote(query.text().strip().toLowerCase(Locale.ROOT))));
        }
        String collection = activeCollection();
        long total = mongo.count(Query.query(criteria), collection);
        Query page = Query.query(criteria)
                .with(Sort.by("name", "_id"))
                .skip((long) query.page() * query.size())
                .limit(query.size());
        return new ProductPage(mongo.find(page, Document.class, collection).stream().map(CatalogQueries::toView)
                .toList(), query.page(), query.size(), total);
    }

    private String activeCollection() {
        return collections.of(generations.active(CatalogProjection.NAME));
    }

    private static ProductView toView(Document product) {
        return new ProductView(UUID.fromString(product.getString("_id")), product.getString("sku"),
                product.getString("name"), product.getString("description"),
                new Money(new BigDecimal(product.getString("priceAmount")), product.getString("currency")),
                number(product, "onHand") - number(product, "reserved"),
                ProductStatus.valueOf(product.getString("status")));
    }

    private static int number(Document product, String field) {
        return ((Number) product.get(field)).intValue();
    }
}
