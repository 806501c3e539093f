/** notification-handler: turns order outcomes into e-mails to the customer and keeps a log of them. */
package com.example.shop.notification;
