/** The order-fulfilment process: reserve every line, then confirm or reject, and give stock back on cancel. */
package com.example.shop.command.fulfilment;
