package com.example.shop.benchmarks.floor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one confirmed order costs the database, averaged over a measured burst of the whole system: transactions
 * committed (read-only ones included) and rows inserted, updated and deleted.
 */
public record WriteShape(double commits, double inserts, double updates, double deletes,
                         Map<String, double[]> rowsPerTable) {

    public static WriteShape perOrder(DatabaseActivity activity, long orders) {
        double n = Math.max(1, orders);
        Map<String, double[]> tables = new LinkedHashMap<>();
        activity.perTable().forEach((table, rows) ->
                tables.put(table, new double[]{rows[0] / n, rows[1] / n, rows[2] / n}));
        return new WriteShape(activity.commits() / n, activity.inserted() / n, activity.updated() / n,
                activity.deleted() / n, tables);
    }
}
