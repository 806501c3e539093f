package com.example.shop.command;

import com.example.shop.api.common.ErrorCode;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
}
