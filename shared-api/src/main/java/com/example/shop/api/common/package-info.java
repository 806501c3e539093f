/** Values and error codes shared by every part of the contract. */
package com.example.shop.api.common;
