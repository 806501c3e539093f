/** What every shop service needs and does the same way: storage of Axon's state, tokens, problem documents. */
package com.example.shop.platform;
