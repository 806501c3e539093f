package com.example.shop.command.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * Deadlines survive restarts: they are rows in PostgreSQL, run by db-scheduler. Axon builds its deadline
 * manager on the {@link Scheduler} defined here. The scheduler writes through a transaction-aware data source,
 * so a deadline is scheduled or cancelled in the same transaction as the saga step that asked for it.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineSchedulerConfig {

    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks,
                                @Value("${shop.deadlines.polling-interval}") Duration pollingInterval) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("scheduled_tasks")
                .threads(2)
                .pollingInterval(pollingInterval)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    /** Starts polling once the application, Axon included, is running; stops before it shuts down. */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}
