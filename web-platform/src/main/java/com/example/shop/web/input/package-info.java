/** Request bodies and query parameters that mean exactly what they say, and money as decimal strings. */
package com.example.shop.web.input;
