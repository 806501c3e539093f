package com.example.shop.api.product;

/** Whether a product can be ordered. */
public enum ProductStatus {
    /** In the catalog and orderable. */
    ACTIVE,
    /** Withdrawn for good. */
    DISCONTINUED
}
