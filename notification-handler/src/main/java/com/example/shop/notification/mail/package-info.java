/** What a customer's e-mail says about their order, and how it leaves: over SMTP, or into the log without one. */
package com.example.shop.notification.mail;
