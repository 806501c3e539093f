package com.example.shop.query.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param checkInterval how often each watched order is read again to see whether it changed
 * @param heartbeat     how often a quiet stream gets a comment, which keeps it open through the gateway (whose read
 *                      timeout would otherwise end it) and shows a dead client
 * @param settledChecks how many checks an ended order must stay unchanged before its stream ends: its last steps
 *                      (stock committed or released) come a moment after its status
 * @param maxStreams    how many streams this instance holds at most; past that a watcher is told to ask instead
 * @param maxAge        how long one stream lasts at most; the page opens another if it is still watching
 */
@ConfigurationProperties("shop.live")
public record LiveProperties(Duration checkInterval, Duration heartbeat, int settledChecks, int maxStreams,
                             Duration maxAge) {
}
