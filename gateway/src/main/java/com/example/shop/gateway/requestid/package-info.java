/** Gives every call a request id that travels to the services, comes back to the caller and marks every log line. */
package com.example.shop.gateway.requestid;
