/** MongoDB as the services use it: only what both MongoDB and the local mongo-java-server support. */
package com.example.shop.axon.mongo;
