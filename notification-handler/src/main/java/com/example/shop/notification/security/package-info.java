/** Which role each of notification-handler's routes needs; tokens are verified by the service platform. */
package com.example.shop.notification.security;
