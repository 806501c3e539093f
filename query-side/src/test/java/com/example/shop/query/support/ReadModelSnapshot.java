package com.example.shop.query.support;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * Everything the read models hold in their active generations, without the generation number itself, so two
 * snapshots are equal exactly when the models answer every query the same way.
 */
public record ReadModelSnapshot(List<String> orders, List<String> orderLines, List<String> catalog,
                                List<String> timelineOrders, List<String> timelineSteps) {

    public static ReadModelSnapshot take(JdbcClient jdbc, MongoTemplate mongo) {
        int orders = active(jdbc, "orders");
        int catalog = active(jdbc, "catalog");
        int timeline = active(jdbc, "order-timeline");
        return new ReadModelSnapshot(
                rows(jdbc, """
                        SELECT concat_ws('|', order_id, customer_id, status, total_amount, currency, rejection_reason,
                               created_at, updated_at, last_sequence)
                        FROM order_view WHERE generation = :g ORDER BY order_id""", orders),
                rows(jdbc, """
                        SELECT concat_ws('|', order_id, line_no, product_id, product_name, quantity, unit_price, currency)
                        FROM order_line_view WHERE generation = :g ORDER BY order_id, line_no""", orders),
                mongo.find(new Query().with(Sort.by("_id")), Document.class, "catalog_g" + catalog).stream()
                        .map(Document::toJson).toList(),
                rows(jdbc, """
                        SELECT concat_ws('|', order_id, customer_id, status)
                        FROM timeline_order WHERE generation = :g ORDER BY order_id""", timeline),
                rows(jdbc, """
                        SELECT concat_ws('|', event_id, order_id, position, at, type, source, details)
                        FROM timeline_step WHERE generation = :g ORDER BY order_id, position""", timeline));
    }

    public static int active(JdbcClient jdbc, String readModel) {
        return jdbc.sql("SELECT active FROM read_model_generation WHERE read_model = :m")
                .param("m", readModel).query(Integer.class).single();
    }

    private static List<String> rows(JdbcClient jdbc, String sql, int generation) {
        return jdbc.sql(sql).param("g", generation).query(String.class).list();
    }
}
