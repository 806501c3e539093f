/** The gateway's route rules, the same as the services', applied at the edge before anything is forwarded. */
package com.example.shop.gateway.security;
