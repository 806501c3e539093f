/**
 * Problem documents (RFC 9457) with stable error codes for every error a web application of the shop answers; an
 * application adds what only it knows through {@link com.example.shop.web.problem.FailureAnswer}.
 */
package com.example.shop.web.problem;
