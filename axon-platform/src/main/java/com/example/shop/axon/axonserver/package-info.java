/** Running on Axon Server (the {@code axonserver} profile): its health as Boot 4 sees it. */
package com.example.shop.axon.axonserver;
