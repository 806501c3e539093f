package com.example.shop.notification.log;

import java.util.List;

/** One page of the notification log, in the shape every list of the API has. */
record NotificationPage(List<NotificationView> items, int page, int size, long totalItems) {
}
