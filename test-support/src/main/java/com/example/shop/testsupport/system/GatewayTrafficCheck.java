package com.example.shop.testsupport.system;

import com.example.shop.testsupport.ShopApi;

/**
 * A check of every exchange a suite has with the gateway, found with {@link java.util.ServiceLoader}: a suite that
 * wants its traffic held to something (the end-to-end suite: to the API's description) lists its implementation
 * in {@code META-INF/services}; a suite that sends broken requests on purpose lists none.
 */
public interface GatewayTrafficCheck {

    /** The check, made once the system is up; {@code gateway} is unchecked, to read what the check needs. */
    ShopApi.ExchangeCheck forGateway(ShopApi gateway);
}
