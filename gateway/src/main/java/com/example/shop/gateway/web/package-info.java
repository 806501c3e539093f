/**
 * The gateway's own limits on what it forwards: the size of request bodies (413 as a problem document, however the
 * oversized body surfaced) and the headers a client may pass on. Problem documents themselves are the web platform's.
 */
package com.example.shop.gateway.web;
