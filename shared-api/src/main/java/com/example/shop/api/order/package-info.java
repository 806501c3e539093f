/** Orders: placed with lines, fulfilled or rejected by the order-fulfilment process, cancelled by customers. */
package com.example.shop.api.order;
