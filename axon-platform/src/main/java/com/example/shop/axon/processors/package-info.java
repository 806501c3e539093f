/**
 * Where each event processor of a service stands, for operators: an actuator endpoint, {@code /actuator/processors},
 * that the gateway gathers from every service into {@code GET /api/admin/processors}.
 */
package com.example.shop.axon.processors;
