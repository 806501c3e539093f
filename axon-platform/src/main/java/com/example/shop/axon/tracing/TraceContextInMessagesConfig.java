package com.example.shop.axon.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.util.function.SingletonSupplier;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Carries the trace of a request through Axon, so that one order's HTTP call, its commands, its events, the
 * saga's steps and the projections in other services form one trace, and every log line of it carries its id.
 * <p>
 * Axon's own OpenTelemetry module has no release for 4.13 on Maven Central, so this bridges Micrometer Tracing
 * (which Boot already wires to HTTP and to the logs) with Axon's message metadata: messages created while a span
 * is current carry its W3C {@code traceparent}, and command and event handlers continue the trace found in their
 * message. Commands need both halves: on Axon Server a command sent from a request thread is handled on another
 * thread (or in another JVM), where the request's span is not current.
 * <p>
 * Declared before Axon's interceptor configuration, which registers only the interceptors it already sees.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.InterceptorAutoConfiguration")
@ConditionalOnClass({Tracer.class, CorrelationDataProvider.class})
public class TraceContextInMessagesConfig {

    /** Axon backs its own provider off once another one is declared; it keeps correlation and trace ids. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Every message created while a span is current carries that span's context. */
    @Bean
    CorrelationDataProvider traceContextInMessages(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        TraceContexts traces = new TraceContexts(once(tracer), once(propagator));
        return message -> traces.current();
    }

    /** A command sent outside a unit of work (from a request) carries the request's span context too. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> traceContextInCommands(ObjectProvider<Tracer> tracer,
                                                                         ObjectProvider<Propagator> propagator) {
        TraceContexts traces = new TraceContexts(once(tracer), once(propagator));
        return commands -> (index, command) -> command.andMetaData(traces.current());
    }

    /** Handles each command inside a span that continues the trace the command carries, if it carries one. */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> continueTraceInCommandHandlers(ObjectProvider<Tracer> tracer,
                                                                               ObjectProvider<Propagator> propagator) {
        TraceContexts traces = new TraceContexts(once(tracer), once(propagator));
        return traces::continueIn;
    }

    /** Handles each event inside a span that continues the trace the event carries, if it carries one. */
    @Bean
    MessageHandlerInterceptor<EventMessage<?>> continueTraceInEventHandlers(ObjectProvider<Tracer> tracer,
                                                                           ObjectProvider<Propagator> propagator) {
        TraceContexts traces = new TraceContexts(once(tracer), once(propagator));
        return traces::continueIn;
    }

    /** The current span's W3C context, and handling a message inside a span that continues the one it carries. */
    private record TraceContexts(Supplier<Tracer> tracers, Supplier<Propagator> propagators) {

        Map<String, String> current() {
            Tracer current = tracers.get();
            Propagator w3c = propagators.get();
            Span span = current == null ? null : current.currentSpan();
            if (span == null || w3c == null) {
                return Map.of();
            }
            Map<String, String> context = new HashMap<>();
            w3c.inject(span.context(), context, Map::put);
            return Map.copyOf(context);
        }

        <T extends Message<?>> Object continueIn(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain)
                throws Exception {
            Tracer current = tracers.get();
            Propagator w3c = propagators.get();
            Message<?> message = unitOfWork.getMessage();
            if (current == null || w3c == null || !message.getMetaData().containsKey("traceparent")) {
                return chain.proceed();
            }
            Span span = w3c.extract(message.getMetaData(), (metaData, key) -> {
                        Object value = metaData.get(key);
                        return value == null ? null : value.toString();
                    })
                    .name("handle " + message.getPayloadType().getSimpleName())
                    .start();
            try (Tracer.SpanInScope scope = current.withSpan(span)) {
                return chain.proceed();
            } catch (Exception e) {
                span.error(e);
                throw e;
            } finally {
                span.end();
            }
        }
    }

    /**
     * The bean, looked up until it is there and then kept: resolving it through the bean factory for every
     * message cost 5 % of command-side's CPU at saturation.
     */
    private static <T> Supplier<T> once(ObjectProvider<T> provider) {
        Supplier<T> lookup = provider::getIfAvailable;
        return SingletonSupplier.of(lookup);
    }
}
