package com.example.shop.reliability.hostile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The hostile-looking requests that the shop accepts on purpose, each with its reason. Everything else must be
 * refused. A case is accepted here only when the input is valid by the API's contract: keeping this list explicit
 * means that a new acceptance is a decision somebody wrote down, not something a generator happened to get through.
 */
final class AcceptedCases {

    private record Acceptance(Pattern route, Pattern caseName, String reason) {
    }

    private static final String FREE_TEXT_ODDITIES = "(emoji|right-to-left override|combining marks|SQL injection"
            + "|SQL statement|script tag|path traversal|JNDI lookup|CRLF)";

    private static final List<Acceptance> ACCEPTED = List.of(
            accept(".*", "extra fields the client must not set",
                    "unknown fields are ignored, never obeyed (API.md); ExtraFields checks nothing they ask for is done"),
            accept("POST /api/products|PUT /api/products/\\{productId}", "(name|description) with " + FREE_TEXT_ODDITIES,
                    "a product's name and description are free text: any character a person may type is kept as is"),
            accept("POST /api/auth/register", "(name|password) with " + FREE_TEXT_ODDITIES,
                    "a person's name and a password are free text"),
            accept("POST /api/products", "initialStock -0",
                    "-0 is the number 0, a valid initial stock"),
            accept("POST /api/products|PUT /api/products/\\{productId}", "price\\.amount -0 as a string",
                    "\"-0\" is the amount 0.00, a valid price"),
            accept("GET /api/products", "query q (regex wildcard|catastrophic regex|NoSQL operator|script tag"
                            + "|SQL injection|emoji)",
                    "a search text is matched literally, never as a pattern or a query: it finds nothing, quickly"),
            accept("GET .*", "query (page|size|status|customerId|orderId|q) empty",
                    "an empty parameter is an absent one: the default applies"),
            accept("GET .*", "unknown query parameter",
                    "parameters an endpoint does not take are ignored (unless not plain text: see PlainParameters)"));

    private AcceptedCases() {
    }

    static boolean expects(String route, String caseName) {
        return ACCEPTED.stream().anyMatch(acceptance -> acceptance.route().matcher(route).matches()
                && acceptance.caseName().matcher(caseName).matches());
    }

    private static Acceptance accept(String route, String caseName, String reason) {
        return new Acceptance(Pattern.compile(route), Pattern.compile(caseName), reason);
    }
}
