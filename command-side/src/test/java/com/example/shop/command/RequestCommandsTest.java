package com.example.shop.command;

import com.example.shop.api.common.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RequestCommandsTest {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final RequestCommands commands = new RequestCommands(gateway);

    @Test
    void aCommandThatLostARaceIsSentAgain() {
        when(gateway.sendAndWait(any())).thenThrow(new ConcurrencyException("sequence 3 taken")).thenReturn("done");

        assertThat(commands.<String>sendAndWait("add stock")).isEqualTo("done");
        verify(gateway, times(2)).sendAndWait("add stock");
    }

    @Test
    void givesUpAfterThreeLostRaces() {
        ConcurrencyException third = new ConcurrencyException("third");
        when(gateway.sendAndWait(any())).thenThrow(new ConcurrencyException("first"),
                new ConcurrencyException("second"), third);

        assertThatThrownBy(() -> commands.sendAndWait("add stock")).isSameAs(third);
        verify(gateway, times(RequestCommands.ATTEMPTS)).sendAndWait("add stock");
    }

    @Test
    void aRefusalIsAnswerEnoughAndIsNotSentAgain() {
        Refusal refusal = new Refusal(ErrorCode.OUT_OF_STOCK, "no");
        when(gateway.sendAndWait(any())).thenThrow(refusal);

        assertThatThrownBy(() -> commands.sendAndWait("reserve")).isSameAs(refusal);
        verify(gateway, times(1)).sendAndWait("reserve");
    }

    @Test
    void aCommandThatLostARaceOnAxonServerIsSentAgain() {
        when(gateway.sendAndWait(any())).thenThrow(axonServerRefusal(3)).thenReturn("done");

        assertThat(commands.<String>sendAndWait("add stock")).isEqualTo("done");
        verify(gateway, times(2)).sendAndWait("add stock");
    }

    @Test
    void aCreationOfAnExistingAggregateInTheJdbcStoreIsReportedAsSuch() {
        when(gateway.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("exists"));

        assertThatThrownBy(() -> commands.sendAndWait("place")).isInstanceOf(AggregateAlreadyExists.class);
        verify(gateway, times(1)).sendAndWait("place");
    }

    @Test
    void aCreationOfAnExistingAggregateOnAxonServerIsReportedAsSuch() {
        when(gateway.sendAndWait(any())).thenThrow(axonServerRefusal(0));

        assertThatThrownBy(() -> commands.sendAndWait("place")).isInstanceOf(AggregateAlreadyExists.class);
        verify(gateway, times(1)).sendAndWait("place");
    }

    @Test
    void anyOtherFailureIsNotSentAgain() {
        CommandExecutionException failure = new CommandExecutionException("UNAVAILABLE: io exception", null);
        when(gateway.sendAndWait(any())).thenThrow(failure);

        assertThatThrownBy(() -> commands.sendAndWait("place")).isSameAs(failure);
        verify(gateway, times(1)).sendAndWait("place");
    }

    /** What the sender gets when Axon Server refused the handler's append (the text of a real one). */
    private static CommandExecutionException axonServerRefusal(long sequence) {
        return new CommandExecutionException("OUT_OF_RANGE: [AXONIQ-2000] Invalid sequence number " + sequence
                + " for aggregate ac7e26ef-dc32-3d8c-950a-7b600780cc50, expected " + (sequence + 1), null);
    }
}
