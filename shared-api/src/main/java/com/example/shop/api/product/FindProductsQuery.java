package com.example.shop.api.product;

/**
 * Ask for a page of the active catalog, optionally narrowed by words in the name or description;
 * answered by a {@link ProductPage}.
 *
 * @param text words to look for, or {@code null} for every product
 */
public record FindProductsQuery(String text, int page, int size) {
}
