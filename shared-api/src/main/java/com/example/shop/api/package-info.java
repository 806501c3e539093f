/**
 * The message contract between the shop's services: commands, events, queries and their results.
 * Plain records only; every service depends on this module and on no other service.
 */
package com.example.shop.api;
