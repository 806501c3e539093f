/** Events a read model could not handle, parked per sequence so the others keep flowing, and retried by an admin. */
package com.example.shop.query.deadletter;
