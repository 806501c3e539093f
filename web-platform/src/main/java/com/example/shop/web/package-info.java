/**
 * What every web application of the shop does alike, the gateway and the three services: problem documents with
 * stable error codes ({@code problem}), request input that means exactly what it says ({@code input}), and token
 * verification with the roles claim and route rules ({@code security}). Nothing here knows Axon or storage.
 */
package com.example.shop.web;
