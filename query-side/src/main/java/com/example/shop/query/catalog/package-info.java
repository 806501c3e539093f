/** The catalog read model in MongoDB: products with price, status and the stock that can still be ordered. */
package com.example.shop.query.catalog;
