/**
 * The PostgreSQL the services share: a real server from the embedded binaries with its data kept in
 * {@code .run/postgres}, or the developer's own database when {@code POSTGRES_URL} is set.
 */
package com.example.shop.localrun.database;
