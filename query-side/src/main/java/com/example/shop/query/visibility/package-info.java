/** Which orders a caller may read, decided once for every read of an order. */
package com.example.shop.query.visibility;
