/** Problem documents (RFC 9457) with stable error codes, shaped like the services', and limits on request bodies. */
package com.example.shop.gateway.web;
