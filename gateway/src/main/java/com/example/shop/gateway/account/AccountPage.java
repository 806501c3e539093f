package com.example.shop.gateway.account;

import java.util.List;

/** One page of accounts, shaped like every other page in the API. */
record AccountPage(List<Account> items, int page, int size, long totalItems) {
}
