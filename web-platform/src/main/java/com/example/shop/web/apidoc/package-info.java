/**
 * The API description every application gives of itself, the same way: refusals as problem documents under the
 * status their code answers with, who may call each operation (from the rules the security chain enforces), and
 * the shared shapes (the problem document, money). The gateway merges the services' descriptions into one.
 */
package com.example.shop.web.apidoc;
