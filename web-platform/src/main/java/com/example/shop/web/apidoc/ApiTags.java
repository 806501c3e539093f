package com.example.shop.web.apidoc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The groups of the API, by what a client does rather than by which service answers: the catalog is read on
 * query-side and written on command-side, yet it is one group. Controllers name their group; the description of
 * each is written here once.
 */
public final class ApiTags {

    public static final String ACCOUNTS = "Accounts";
    public static final String PRODUCTS = "Products";
    public static final String ORDERS = "Orders";
    public static final String NOTIFICATIONS = "Notifications";
    public static final String OPERATIONS = "Operations";

    static final Map<String, String> DESCRIPTIONS = descriptions();

    private ApiTags() {
    }

    private static Map<String, String> descriptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put(ACCOUNTS, "Signing up, logging in (the access token) and, for admins, users and roles");
        descriptions.put(PRODUCTS, "The catalog: anyone browses it; admins add, change and discontinue products "
                + "and put stock on hand");
        descriptions.put(ORDERS, "Placing orders, following each to CONFIRMED or REJECTED step by step, cancelling");
        descriptions.put(NOTIFICATIONS, "The e-mails sent about orders' outcomes");
        descriptions.put(OPERATIONS, "For admins: read models, their replay, and events parked in dead-letter queues");
        return Map.copyOf(descriptions);
    }
}
