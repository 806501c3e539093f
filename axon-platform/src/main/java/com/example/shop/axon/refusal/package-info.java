/**
 * The answers of a service to what Axon refuses (a command handler's refusal with its error code) and to outages
 * of the parts it needs (Axon Server, the database): plugged into the web platform's problem handler.
 */
package com.example.shop.axon.refusal;
