package com.example.shop.command.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Recently used aggregates stay in memory, so a command on a busy product's inventory or on a pending order does
 * not read its snapshot and events again: loading was a tenth of command-side's CPU at saturation.
 * <p>
 * The cache never decides anything on its own. An aggregate is cached when its unit of work stores it and
 * dropped when that unit of work rolls back, and it is only used under the aggregate's lock. Should anyone else
 * have appended to the same aggregate meanwhile, the stale copy's append collides on the event store's unique
 * (aggregate, sequence number) key, the unit of work rolls back and the entry is dropped; a request's command is
 * then sent again ({@code RequestCommands}) and a saga step retried, both loading from the store. A size of 0
 * turns the cache off (the benchmark does, to time loading itself).
 */
@Configuration(proxyBeanMethods = false)
class AggregateCacheConfig {

    @Bean
    Cache aggregateCache(@Value("${shop.aggregates.cache-size}") long size) {
        return size > 0 ? new BoundedAggregateCache(size) : NoCache.INSTANCE;
    }
}
