/** query-side: projections of the event log into PostgreSQL and MongoDB, and the queries they answer. */
package com.example.shop.query;
