/** The sender: works through the notification log, hands each due notification to the mailer and retries with back-off. */
package com.example.shop.notification.delivery;
