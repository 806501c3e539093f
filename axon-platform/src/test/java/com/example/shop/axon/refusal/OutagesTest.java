package com.example.shop.axon.refusal;

import io.axoniq.axonserver.connector.AxonServerException;
import io.axoniq.axonserver.connector.ErrorCategory;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class OutagesTest {

    @Test
    void axonServerUnreachableWhileDispatchingIsAnOutage() {
        // What a command sent while Axon Server was down failed with (AXONIQ-4003), as the gateway throws it.
        assertThat(Outages.isOutage(new CompletionException(new AxonServerException(
                ErrorCategory.COMMAND_DISPATCH_ERROR, "Received exception while dispatching command", "client"))))
                .isTrue();
    }

    @Test
    void noHandlerYetAfterAxonServerRestartedIsAnOutage() {
        assertThat(Outages.isOutage(new NoHandlerForCommandException("No Handler for command: PlaceOrderCommand")))
                .isTrue();
    }

    @Test
    void anUnreachableDatabaseIsAnOutage() {
        assertThat(Outages.isOutage(new CannotCreateTransactionException("Could not open JDBC Connection"))).isTrue();
    }

    @Test
    void aFailingHandlerIsNoOutage() {
        assertThat(Outages.isOutage(new CommandExecutionException("The aggregate was not found", null))).isFalse();
        assertThat(Outages.isOutage(new IllegalStateException("a bug"))).isFalse();
    }
}
