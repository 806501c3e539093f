package com.example.shop.command;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.inventory.InventoryId;
import com.example.shop.api.order.PlaceOrderCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A command for an order or a product that does not exist is refused as not found, with the code of what it names.
 * <p>
 * Decided where the command is handled, as a {@link Refusal}, because only a refusal's code survives the way back
 * from Axon Server: the sender of a command handled in another thread or JVM receives Axon's
 * {@code AggregateNotFoundException} as a {@code CommandExecutionException} with nothing but its message, and a
 * request for an unknown order ended in a 500. Both run modes now answer the same 404.
 */
@Configuration(proxyBeanMethods = false)
class MissingAggregateRefusals {

    private static final String ORDER_COMMANDS = PlaceOrderCommand.class.getPackageName() + ".";

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> refuseCommandsForMissingAggregates() {
        return (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (AggregateNotFoundException missing) {
                throw refusalFor(unitOfWork.getMessage(), missing);
            }
        };
    }

    static Refusal refusalFor(CommandMessage<?> command, AggregateNotFoundException missing) {
        if (command.getPayloadType().getName().startsWith(ORDER_COMMANDS)) {
            return new Refusal(ErrorCode.ORDER_NOT_FOUND, "no order with id " + missing.getAggregateIdentifier());
        }
        return new Refusal(ErrorCode.PRODUCT_NOT_FOUND,
                "no product with id " + InventoryId.productIn(String.valueOf(missing.getAggregateIdentifier())));
    }
}
