/** Problem documents (RFC 9457) with stable error codes for every error a service answers. */
package com.example.shop.platform.web;
